import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import type { DataSource } from 'typeorm';

/** The signature algorithm of every credential and status list: Ed25519 as JOSE names it. */
export const SIGNING_ALGORITHM = 'EdDSA';

/** An Ed25519 key as a JWK with its key id; `d` (the private part) only on keys that may sign. */
export interface SigningKeyJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  d?: string;
  kid: string;
}

/** The issuer's keys: the one that signs now, and every key a credential may carry (public parts), active first. */
export interface IssuerKeys {
  active: { kid: string; privateKey: CryptoKey };
  verification: readonly { kid: string; publicJwk: JWK }[];
}

const KID = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether `value` is an Ed25519 JWK with a usable key id (CREDENTIAL_SIGNING_KEYS). */
export function isSigningKeyJwk(value: unknown): value is SigningKeyJwk {
  if (typeof value !== 'object' || value === null) return false;
  const jwk = value as Record<string, unknown>;
  return (
    jwk.kty === 'OKP' &&
    jwk.crv === 'Ed25519' &&
    typeof jwk.x === 'string' &&
    /^[A-Za-z0-9_-]{43}$/.test(jwk.x) &&
    (jwk.d === undefined || (typeof jwk.d === 'string' && /^[A-Za-z0-9_-]{43}$/.test(jwk.d))) &&
    typeof jwk.kid === 'string' &&
    KID.test(jwk.kid)
  );
}

/** A new Ed25519 key whose id is its JWK thumbprint (RFC 7638). */
export async function generateSigningKey(): Promise<SigningKeyJwk> {
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: jwk.x! });
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x!, d: jwk.d!, kid };
}

async function toIssuerKeys(keys: readonly SigningKeyJwk[]): Promise<IssuerKeys> {
  const [active] = keys;
  if (!active?.d) throw new Error('the first credential signing key must hold its private part (d)');
  const privateKey = (await importJWK({ kty: 'OKP', crv: 'Ed25519', x: active.x, d: active.d }, SIGNING_ALGORITHM)) as CryptoKey;
  return {
    active: { kid: active.kid, privateKey },
    verification: keys.map((key) => ({ kid: key.kid, publicJwk: { kty: 'OKP', crv: 'Ed25519', x: key.x } })),
  };
}

/** Serialises the first start of instances on an empty database, so they all keep the same generated key. */
const GENERATED_KEY_LOCK = 0x5c_c0_de_01;

/**
 * The key development, test and demo sign with: generated once and kept in PostgreSQL, so every API
 * instance (stateless) signs with the same key and old credentials keep verifying after a restart.
 */
async function storedSigningKeys(dataSource: DataSource): Promise<SigningKeyJwk[]> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [GENERATED_KEY_LOCK]);
    const rows = (await manager.query('SELECT private_jwk AS jwk FROM credential_signing_key ORDER BY created_at DESC, kid')) as { jwk: SigningKeyJwk }[];
    if (rows.length > 0) return rows.map((row) => row.jwk);
    const key = await generateSigningKey();
    await manager.query('INSERT INTO credential_signing_key (kid, private_jwk) VALUES ($1, $2)', [key.kid, key]);
    return [key];
  });
}

const storedKeys = new WeakMap<DataSource, Promise<IssuerKeys>>();
const configuredKeys = new WeakMap<readonly SigningKeyJwk[], Promise<IssuerKeys>>();

function cached<K extends object>(cache: WeakMap<K, Promise<IssuerKeys>>, key: K, load: () => Promise<IssuerKeys>): Promise<IssuerKeys> {
  let keys = cache.get(key);
  if (!keys) {
    keys = load();
    // A failure (database down) is not kept: the next request tries again.
    keys.catch(() => cache.delete(key));
    cache.set(key, keys);
  }
  return keys;
}

/**
 * The issuer's keys: the configured ones (CREDENTIAL_SIGNING_KEYS; first signs, the rest only verify), or
 * without configuration the key kept in the database (generated on first use, development/test/demo only:
 * production refuses to start without configured keys).
 */
export function issuerKeys(dataSource: DataSource, configured: readonly SigningKeyJwk[] | null): Promise<IssuerKeys> {
  if (configured && configured.length > 0) return cached(configuredKeys, configured, () => toIssuerKeys(configured));
  return cached(storedKeys, dataSource, () => storedSigningKeys(dataSource).then(toIssuerKeys));
}
