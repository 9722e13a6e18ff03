import type { SameKeys } from '@srpo/ui';
import type { nlVerification } from './nlVerification';

/** English strings of the verification pages. */
export const enVerification: SameKeys<typeof nlVerification> = {
  verification: {
    documentTitle: 'Check a proof of registration | School Leaders Register PO',
    title: 'Check a proof of registration',
    resultTitle: 'Check of a proof of registration',
    checking: 'Checking…',
    loadError: 'The check failed. Please try again later.',
    notFound: {
      documentTitle: 'Proof not found | School Leaders Register PO',
      title: 'Proof not found',
      body: 'The register knows no proof of registration with this identifier. Check that you copied the whole link, or scan the QR code again.',
    },
    verdict: {
      VALID: 'This proof is genuine and currently valid.',
      REVOKED: 'This proof is genuine, but the register has revoked it: it is no longer valid.',
      NOT_YET_VALID: 'This proof is genuine, but not valid yet: its period has not started.',
      forged: 'This is not a genuine proof of registration: the register does not recognise its digital signature in it.',
    },
    reason: 'Reason: {{problem}}',
    forgedFacts: 'Because the signature does not match, the register does not show the details in this file.',
    facts: {
      for: 'In the name of',
      registerNumber: 'Register number',
      title: 'Title',
      period: 'Period',
      status: 'Status',
      issuer: 'Issued by',
      checkedAt: 'Checked at',
    },
    entryLink: '{{number}}, view the registration',
    periodBetween: '{{from}} up to and including {{until}}',
    periodOpen: 'from {{from}}, without end date',
    status: {
      VALID: 'Valid',
      REVOKED: 'Revoked',
      NOT_YET_VALID: 'Not yet valid',
    },
    checkFile: 'Check a proof as a file',
    file: {
      title: 'Check a file',
      intro: 'Did you receive a proof of registration as a file? Choose the file or paste its content. The register checks the signature and whether the proof is valid now.',
      choose: 'Choose a file',
      chosen: 'Chosen file: {{name}}',
      content: 'Content of the proof',
      contentHint: 'The file appears here as text; you can also paste the content yourself.',
      submit: 'Check',
      empty: 'Choose a file or paste the content of the proof.',
      tooLarge: 'This is too long for a proof of registration: one has {{size}} characters at most.',
      unreadable: 'The file could not be read. Choose another file or paste the content.',
      result: 'Result of the check',
    },
    howTo: {
      title: 'How does the proof work, and how do you check it yourself?',
      what: 'A proof of registration is a digitally signed proof following the open standards Verifiable Credentials (W3C) and Open Badges 3.0. The register signs it with a key of its own (Ed25519). The proof names the school leader, the register number, the title and the period in which the registration is valid.',
      thisSite: 'This site does the check for you. You can also check a proof yourself, with any software for verifiable credentials:',
      signature:
        'Check the signature with the register’s public key. The keys are in the register’s DID document: <did>{{url}}</did>. Earlier keys are there too, so a proof stays genuine when the register starts using a new key.',
      period: 'Check that today’s date lies within the period of the proof.',
      status:
        'Check that the register has not revoked the proof. The proof points to a public status list of the register (Bitstring Status List): when the proof’s position in that list is set, it is revoked, for instance because the registration expired or the school leader was deregistered.',
      api: 'Through the API, without a key: `credentialVerification(id)` gives the register’s word on the proof with that identifier (the last part of the link in the QR code), `verifyCredential(credential)` checks the content of a proof given as text. The answer says whether the signature matches, the status (`VALID`, `REVOKED` or `NOT_YET_VALID`), whom the proof is for and, when it is not valid, why. The status lists are at `/credentials/status/…`, the address the proof itself names.',
      privacy: 'The status list holds only on or off per position, without names: fetching it does not reveal which proof you are checking.',
    },
  },
};
