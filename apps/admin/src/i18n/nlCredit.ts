/** Dutch strings of themes credited through informal learning (issue 10): the source shown beside a completed theme. */
export const nlCredit = {
  informalCredit: {
    source: {
      PORTFOLIO: 'informeel leren, portfolio gevalideerd door {{organisation}}',
      PEER_VALIDATION: 'informeel leren, intervisie/peer validation, bijeenkomst van {{date}}',
    },
  },
} as const;
