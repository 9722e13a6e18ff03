import type { SameKeys } from '@srpo/ui';
import type { nlObjections } from './nlObjections';

/** English strings of objections against decisions. */
export const enObjections: SameKeys<typeof nlObjections> = {
  objections: {
    kind: {
      APPLICATION: 'Application',
      DEFERRAL: 'Deferral',
      CERTIFICATION: 'Certification',
      CERTIFICATE_VERIFICATION: 'Certificate',
      PEER_VALIDATION: 'Peer validation',
    },
    outcome: {
      APPROVED: 'approved',
      REJECTED: 'rejected',
      GRANTED: 'granted',
      PARTLY_GRANTED: 'partly granted',
      CERTIFIED: 'certified',
      VERIFIED: 'verified',
      CREDITED: 'validated',
      NOT_CREDITED: 'not validated',
      unknown: 'decided',
    },
    file: {
      open: 'Object',
      title: 'Objection to the decision of {{date}}',
      intro: 'You can object up to and including {{deadline}}. Describe why you think the decision is wrong.',
      grounds: 'Grounds of the objection',
      groundsRequired_one: 'Describe the grounds of your objection (at least {{count}} character).',
      groundsRequired_other: 'Describe the grounds of your objection (at least {{count}} characters).',
      submit: 'Submit objection',
      filed: 'Your objection has been submitted. The committee will decide on it; you will receive a letter.',
    },
    screen: {
      title: 'Objections',
      intro: 'Objections to decisions the committee still has to decide on, oldest first. If upheld, the decision is reopened and taken again.',
      filter: 'Kind of decision',
      all: 'All',
      count_one: '{{count}} open objection',
      count_other: '{{count}} open objections',
      none: 'There are no objections to decide on.',
      loadError: 'The objections could not be loaded. Please try again later.',
      itemTitle: '{{kind}}: {{party}}',
      decision: 'Decision of {{date}}: {{outcome}}.',
      offering: 'Offering: {{title}}',
      filedOn: 'Objection filed on {{date}}.',
      decide: 'Decide',
      decided: 'The objection of {{party}} has been {{status}}.',
    },
    decide: {
      title: 'Decide on the objection of {{party}}',
      decisionReasons: 'Reasons of the decision: {{reasons}}',
      grounds: 'Grounds of the objection',
      outcome: 'Decision',
      upheld: 'Upheld: the decision is reopened and taken again',
      dismissed: 'Dismissed: the decision stands',
      outcomeRequired: 'Choose upheld or dismissed.',
      reasons: 'Reasons',
      reasonsRequired: 'Give the reasons for the decision.',
      submit: 'Record decision',
      status: {
        UPHELD: 'upheld',
        DISMISSED: 'dismissed',
      },
    },
  },
};
