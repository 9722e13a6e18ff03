import type { SameKeys } from '@srpo/ui';
import type { nlCredentials } from './nlCredentials';

/** English strings of the leader's proof of registration (verifiable credential) in the portal. */
export const enCredentials: SameKeys<typeof nlCredentials> = {
  credentials: {
    title: 'Proof of registration',
    intro:
      'A proof of registration shows outside the register that you are registered, for instance to your board or a new employer. The School Leaders Register PO signs the proof digitally: whoever receives it can check that it is genuine and whether it is still valid.',
    count_one: 'You have {{count}} proof of registration: one per registration period.',
    count_other: 'You have {{count}} proofs of registration: one per registration period.',
    none: 'You have no proof of registration yet. You receive one as soon as you are registered.',
    loadError: 'Your proof of registration could not be loaded.',
    heading: 'Proof of registration: {{title}}',
    titleLabel: 'Title',
    period: 'Period',
    periodBetween: '{{from}} up to and including {{until}}',
    periodOpen: 'from {{from}}, without end date',
    statusLabel: 'Status',
    status: {
      VALID: 'Valid',
      REVOKED: 'Revoked',
      NOT_YET_VALID: 'Not yet valid',
    },
    statusHint: {
      VALID: 'The register confirms this proof.',
      REVOKED: 'The register no longer confirms this proof, for instance because the registration expired, was replaced by a new one, or you were deregistered.',
      NOT_YET_VALID: 'The period of this proof has not started yet.',
    },
    download: 'Download (verifiable proof)',
    downloadHint: 'A file you can give to a board or keep in a digital wallet.',
    qr: {
      heading: 'QR code for checking',
      explanation:
        'Scanning this QR code opens the verification page of the public register, which shows at once whether this proof is genuine and still valid. You can show or print the code; you can copy and share the link below it, for instance in an e-mail or your CV.',
      alt: 'QR code with the link to the verification page of your proof of registration as {{title}}',
      link: 'Link to the verification page',
    },
  },
};
