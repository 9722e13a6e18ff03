import { generateSigningKey } from './signing-keys';

// `npm run credential-key`: prints a new Ed25519 signing key (JWK with its private part and a key id) for
// CREDENTIAL_SIGNING_KEYS. Nothing is stored: the operator puts it first in the list (README, "Credential keys").
console.log(JSON.stringify(await generateSigningKey()));
