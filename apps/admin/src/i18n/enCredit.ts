import type { SameKeys } from '@srpo/ui';
import type { nlCredit } from './nlCredit';

/** English strings of themes credited through informal learning: the same keys as Dutch. */
export const enCredit: SameKeys<typeof nlCredit> = {
  informalCredit: {
    line: {
      PORTFOLIO: 'Portfolio, validated by {{organisation}} on {{date}}',
      PEER_VALIDATION: 'Peer validation, session of {{date}}',
      LEGACY: 'Taken over from the old register, validated on {{date}}',
    },
    source: {
      PORTFOLIO: 'informal learning, portfolio validated by {{organisation}}',
      PEER_VALIDATION: 'informal learning, peer validation session',
      LEGACY: 'informal learning, taken over from the old register',
    },
  },
};
