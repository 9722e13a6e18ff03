/** Dutch strings of the leader's proof of registration (verifiable credential) in the portal. */
export const nlCredentials = {
  credentials: {
    title: 'Bewijs van registratie',
    intro:
      'Met een bewijs van registratie laat u buiten het register zien dat u geregistreerd bent, bijvoorbeeld aan uw bestuur of een nieuwe werkgever. Het Schoolleidersregister PO ondertekent het bewijs digitaal: wie het krijgt, kan nagaan dat het echt is en of het nu nog geldt.',
    count_one: 'U hebt {{count}} bewijs van registratie: één per registratieperiode.',
    count_other: 'U hebt {{count}} bewijzen van registratie: één per registratieperiode.',
    none: 'U hebt nog geen bewijs van registratie. Dat krijgt u zodra u geregistreerd bent.',
    loadError: 'Uw bewijs van registratie kon niet worden geladen.',
    heading: 'Bewijs van registratie: {{title}}',
    titleLabel: 'Titel',
    period: 'Periode',
    periodBetween: '{{from}} tot en met {{until}}',
    periodOpen: 'vanaf {{from}}, zonder einddatum',
    statusLabel: 'Status',
    status: {
      VALID: 'Geldig',
      REVOKED: 'Ingetrokken',
      NOT_YET_VALID: 'Nog niet geldig',
    },
    statusHint: {
      VALID: 'Het register bevestigt dit bewijs.',
      REVOKED: 'Het register bevestigt dit bewijs niet meer, bijvoorbeeld omdat de registratie is verlopen, is vervangen door een nieuwe of omdat u bent uitgeschreven.',
      NOT_YET_VALID: 'De periode van dit bewijs is nog niet begonnen.',
    },
    download: 'Download (verifieerbaar bewijs)',
    downloadHint: 'Een bestand dat u aan een bestuur kunt geven of in een digitale wallet kunt bewaren.',
    qr: {
      heading: 'QR-code voor de controle',
      explanation:
        'Wie deze QR-code scant, opent de controlepagina van het openbare register en ziet direct of dit bewijs echt is en nog geldt. U kunt de code laten zien of afdrukken; de link eronder kunt u kopiëren en delen, bijvoorbeeld in een e-mail of uw cv.',
      alt: 'QR-code met de link naar de controlepagina van uw bewijs van registratie als {{title}}',
      link: 'Link naar de controlepagina',
    },
  },
} as const;
