/** Dutch strings of themes credited through informal learning (issue 10): the source shown beside a completed theme and in the list of completions. */
export const nlCredit = {
  informalCredit: {
    line: {
      PORTFOLIO: 'Portfolio, gevalideerd door {{organisation}} op {{date}}',
      PEER_VALIDATION: 'Intervisie “Schoolleiders waarderen schoolleiders”, bijeenkomst van {{date}}',
      LEGACY: 'Overgenomen uit het oude register, gevalideerd op {{date}}',
    },
    source: {
      PORTFOLIO: 'informeel leren, portfolio gevalideerd door {{organisation}}',
      PEER_VALIDATION: 'informeel leren, intervisie “Schoolleiders waarderen schoolleiders”',
      LEGACY: 'informeel leren, overgenomen uit het oude register',
    },
  },
} as const;
