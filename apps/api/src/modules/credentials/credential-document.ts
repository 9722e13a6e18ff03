import { gzipSync } from 'node:zlib';
import { amsterdamInstant, STATUS_LIST_SIZE, type CalendarDate, type RegistrationTitle } from '@srpo/domain';
import { SignJWT } from 'jose';
import { SIGNING_ALGORITHM, type IssuerKeys, type SigningKeyJwk } from './signing-keys';

/** What the credentials module needs from the configuration. */
export interface CredentialSettings {
  /** The public register site as its visitors reach it (REGISTER_URL): the issuer's did:web and every link. */
  siteUrl: string;
  /** CREDENTIAL_SIGNING_KEYS (first signs, the rest only verify); null: the key kept in the database (not in production). */
  signingKeys: readonly SigningKeyJwk[] | null;
}

/** The register as issuer, in every credential and in the verification answer. */
export const ISSUER_NAME = 'Schoolleidersregister PO';

const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
const OPEN_BADGES_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

const TITLE_NAMES: Record<RegistrationTitle, string> = {
  RDO: 'Registerdirecteur Onderwijs (RDO)',
  RADO: 'Registeradjunct-directeur Onderwijs (RADO)',
};

function siteOf(settings: CredentialSettings): URL {
  return new URL(settings.siteUrl.replace(/\/+$/, '') + '/');
}

/** The site's URL without a trailing slash. */
export function siteBase(settings: CredentialSettings): string {
  return siteOf(settings).href.replace(/\/$/, '');
}

/**
 * The issuer's DID (did:web): the site's host, its port percent-encoded, then its path segments
 * (did:web method, §3.2): `https://register.example.nl` → `did:web:register.example.nl`.
 */
export function issuerDid(settings: CredentialSettings): string {
  const site = siteOf(settings);
  const segments = site.pathname.split('/').filter(Boolean).map(encodeURIComponent);
  return ['did:web', encodeURIComponent(site.host), ...segments].join(':');
}

/** Where did:web resolution looks for the document: `/.well-known/did.json` on a bare host, `<path>/did.json` under a path. */
export function didDocumentPath(settings: CredentialSettings): string {
  const path = siteOf(settings).pathname.replace(/\/$/, '');
  return path === '' ? '/.well-known/did.json' : `${path}/did.json`;
}

export function verificationUrl(settings: CredentialSettings, credentialId: string): string {
  return `${siteBase(settings)}/verificatie/${credentialId}`;
}

export function statusListUrl(settings: CredentialSettings, list: number): string {
  return `${siteBase(settings)}/credentials/status/${list}`;
}

export function downloadPath(credentialId: string): string {
  return `/credentials/${credentialId}.jwt`;
}

/**
 * The DID document: every key a credential may carry (active and retired), each under its key id, for
 * assertions (signing credentials). JsonWebKey2020 with the public JWK, which common verifiers read.
 */
export function didDocument(settings: CredentialSettings, keys: IssuerKeys): Record<string, unknown> {
  const did = issuerDid(settings);
  const methods = keys.verification.map((key) => ({ id: `${did}#${key.kid}`, type: 'JsonWebKey2020', controller: did, publicKeyJwk: key.publicJwk }));
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
    id: did,
    verificationMethod: methods,
    assertionMethod: methods.map((method) => method.id),
  };
}

/** The facts a credential states, all public (DESIGN §5). */
export interface CredentialClaims {
  id: string;
  registerNumber: string;
  displayName: string;
  title: RegistrationTitle;
  aspirant: boolean;
  validFrom: CalendarDate;
  statusList: number;
  statusIndex: number;
}

/** Start of a calendar day in the Netherlands, as an ISO instant. */
function startOfDay(date: CalendarDate): string {
  return amsterdamInstant(date, '00:00')!;
}

/**
 * The Open Badges 3.0 credential (OpenBadgeCredential) as the JWT payload (OB 3.0 §8.2: the credential's
 * members at the top, `iss`, `jti`, `nbf` from the issuer, id and validFrom). The period's end is not in it:
 * a deferral may move it; the status list says when the period is over.
 */
export function credentialPayload(settings: CredentialSettings, claims: CredentialClaims): Record<string, unknown> {
  const did = issuerDid(settings);
  const site = siteBase(settings);
  const validFrom = startOfDay(claims.validFrom);
  const titleName = TITLE_NAMES[claims.title];
  const achievementName = claims.aspirant ? `Aspirant ${titleName}` : titleName;
  return {
    '@context': [VC_CONTEXT, OPEN_BADGES_CONTEXT],
    id: `urn:uuid:${claims.id}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: achievementName,
    issuer: { id: did, type: ['Profile'], name: ISSUER_NAME, url: site },
    validFrom,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: claims.displayName },
        { type: 'IdentityObject', identityType: 'identifier', hashed: false, identityHash: claims.registerNumber },
      ],
      achievement: {
        id: `${site}/#titel-${claims.title}${claims.aspirant ? '-aspirant' : ''}`,
        type: ['Achievement'],
        achievementType: 'License',
        name: achievementName,
        description: claims.aspirant
          ? `Ingeschreven als aspirant voor de titel ${titleName} in het ${ISSUER_NAME}, tot het einde van de opleiding.`
          : `Geregistreerd met de titel ${titleName} in het ${ISSUER_NAME}, voor de registratieperiode die op deze datum begon.`,
        criteria: { narrative: 'Besluit van de registercommissie volgens de regels van het Schoolleidersregister PO.' },
      },
    },
    credentialStatus: {
      id: `${statusListUrl(settings, claims.statusList)}#${claims.statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(claims.statusIndex),
      statusListCredential: statusListUrl(settings, claims.statusList),
    },
    iss: did,
    jti: `urn:uuid:${claims.id}`,
    nbf: Math.floor(Date.parse(validFrom) / 1000),
  };
}

/** Signs a payload as a compact JWS with the active key (header names it by its DID URL). */
export function signPayload(settings: CredentialSettings, keys: IssuerKeys, payload: Record<string, unknown>): Promise<string> {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: `${issuerDid(settings)}#${keys.active.kid}`, typ: 'JWT' })
    .sign(keys.active.privateKey);
}

/**
 * The encoded bitstring (W3C Bitstring Status List §3.1): {@link STATUS_LIST_SIZE} bits, index 0 the
 * first (most significant) bit of the first byte, GZIP-compressed, multibase base64url (prefix `u`).
 */
export function encodeStatusList(revokedIndexes: Iterable<number>): string {
  const bits = new Uint8Array(STATUS_LIST_SIZE / 8);
  for (const index of revokedIndexes) bits[index >> 3]! |= 0x80 >> (index & 7);
  return `u${gzipSync(bits).toString('base64url')}`;
}

/** The status list credential (BitstringStatusListCredential, purpose revocation) for list `list` as of `day`. */
export function statusListPayload(settings: CredentialSettings, list: number, encodedList: string, day: CalendarDate): Record<string, unknown> {
  const did = issuerDid(settings);
  const url = statusListUrl(settings, list);
  const validFrom = startOfDay(day);
  return {
    '@context': [VC_CONTEXT],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: did,
    validFrom,
    credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList },
    iss: did,
    jti: url,
    nbf: Math.floor(Date.parse(validFrom) / 1000),
  };
}
