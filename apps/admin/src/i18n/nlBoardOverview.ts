/** Dutch strings of the board's overview: counts that filter the list, theme progress and the export. */
export const nlBoardOverview = {
  boardOverview: {
    title: 'Overzicht',
    asOf: 'Stand van {{date}}. Kies een aantal om alleen die schoolleiders te tonen.',
    statusGroup: 'Status',
    dueGroup: 'Herregistratie',
    filters: {
      ALL: 'Alle schoolleiders',
      ACTIVE: 'Geregistreerd',
      ASPIRANT: 'Aspirant',
      CONDITIONAL: 'Onder voorwaarden',
      EXPIRED: 'Herregistratie verlopen',
      DEREGISTERED: 'Uitgeschreven',
      DUE_6: 'Herregistratie binnen 6 maanden',
      DUE_12: 'Herregistratie binnen 12 maanden',
    },
    notRegistered_one: '{{count}} schoolleider van uw bestuur is (nog) niet geregistreerd.',
    notRegistered_other: '{{count}} schoolleiders van uw bestuur zijn (nog) niet geregistreerd.',
    loadError: 'Het overzicht kon niet worden geladen.',
    themesColumn: 'Thema’s afgerond',
    themesOf: '{{completed}} van {{required}}',
    export: {
      label: 'Exporteren',
      csv: 'Download als CSV',
      xlsx: 'Download als Excel (XLSX)',
      hint: 'Alle schoolleiders van uw bestuur, met status, herregistratiedatum en thema’s.',
    },
  },
} as const;
