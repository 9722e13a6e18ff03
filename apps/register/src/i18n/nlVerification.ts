/**
 * Dutch strings of the verification pages (they load with the pages): what a verifier reads after scanning a
 * leader's QR code or checking a credential file, and how to check a proof without this site.
 */
export const nlVerification = {
  verification: {
    documentTitle: 'Bewijs van registratie controleren | Schoolleidersregister PO',
    title: 'Bewijs van registratie controleren',
    resultTitle: 'Controle van een bewijs van registratie',
    checking: 'Bezig met controleren…',
    loadError: 'De controle is mislukt. Probeer het later opnieuw.',
    notFound: {
      documentTitle: 'Bewijs niet gevonden | Schoolleidersregister PO',
      title: 'Bewijs niet gevonden',
      body: 'Het register kent geen bewijs van registratie met dit kenmerk. Controleer of u de hele link hebt overgenomen of scan de QR-code opnieuw.',
    },
    verdict: {
      VALID: 'Dit bewijs is echt en nu geldig.',
      REVOKED: 'Dit bewijs is echt, maar het register heeft het ingetrokken: het geldt niet meer.',
      NOT_YET_VALID: 'Dit bewijs is echt, maar nog niet geldig: de periode ervan is nog niet begonnen.',
      forged: 'Dit is geen echt bewijs van registratie: het register herkent zijn digitale handtekening er niet in.',
    },
    reason: 'Reden: {{problem}}',
    forgedFacts: 'Omdat de handtekening niet klopt, toont het register de gegevens uit dit bestand niet.',
    facts: {
      for: 'Op naam van',
      registerNumber: 'Registernummer',
      title: 'Titel',
      period: 'Periode',
      status: 'Status',
      issuer: 'Uitgegeven door',
      checkedAt: 'Gecontroleerd op',
    },
    entryLink: '{{number}}, bekijk de registratie',
    periodBetween: '{{from}} tot en met {{until}}',
    periodOpen: 'vanaf {{from}}, zonder einddatum',
    status: {
      VALID: 'Geldig',
      REVOKED: 'Ingetrokken',
      NOT_YET_VALID: 'Nog niet geldig',
    },
    checkFile: 'Een bewijs als bestand controleren',
    file: {
      title: 'Een bestand controleren',
      intro:
        'Hebt u een bewijs van registratie als bestand gekregen? Kies het bestand of plak de inhoud ervan. Het register controleert de handtekening en of het bewijs nu geldt.',
      choose: 'Kies een bestand',
      chosen: 'Gekozen bestand: {{name}}',
      content: 'Inhoud van het bewijs',
      contentHint: 'Het bestand verschijnt hier als tekst; u kunt de inhoud ook zelf plakken.',
      submit: 'Controleren',
      empty: 'Kies een bestand of plak de inhoud van het bewijs.',
      tooLarge: 'Dit is te lang voor een bewijs van registratie: dat telt hooguit {{size}} tekens.',
      unreadable: 'Het bestand kon niet worden gelezen. Kies een ander bestand of plak de inhoud.',
      result: 'Uitkomst van de controle',
    },
    howTo: {
      title: 'Hoe werkt het bewijs en hoe controleert u het zelf?',
      what: 'Een bewijs van registratie is een digitaal ondertekend bewijs volgens de open standaarden Verifiable Credentials (W3C) en Open Badges 3.0. Het register ondertekent het met een eigen sleutel (Ed25519). Het bewijs noemt de schoolleider, het registernummer, de titel en de periode waarin de registratie geldt.',
      thisSite: 'Deze site doet de controle voor u. U kunt een bewijs ook zelf controleren, met elke software voor verifieerbare bewijzen:',
      signature:
        'Controleer de handtekening met de openbare sleutel van het register. De sleutels staan in het DID-document van het register: <did>{{url}}</did>. Ook eerdere sleutels staan daarin, zodat een bewijs echt blijft als het register een nieuwe sleutel in gebruik neemt.',
      period: 'Controleer of de datum van vandaag binnen de periode van het bewijs valt.',
      status:
        'Controleer of het register het bewijs niet heeft ingetrokken. Het bewijs wijst naar een openbare statuslijst van het register (Bitstring Status List): staat de plaats van het bewijs in die lijst aan, dan is het ingetrokken, bijvoorbeeld omdat de registratie is verlopen of de schoolleider is uitgeschreven.',
      api: 'Via de API, zonder sleutel: `credentialVerification(id)` geeft het oordeel van het register over het bewijs met dat kenmerk (het laatste deel van de link in de QR-code), `verifyCredential(credential)` controleert de inhoud van een bewijs als tekst. Het antwoord zegt of de handtekening klopt, de status (`VALID`, `REVOKED` of `NOT_YET_VALID`), voor wie het bewijs is en, als het niet geldt, waarom. De statuslijsten staan op `/credentials/status/…`, het adres dat het bewijs zelf noemt.',
      privacy: 'De statuslijst bevat alleen aan of uit per plaats, zonder namen: wie de lijst ophaalt, laat niet zien welk bewijs hij controleert.',
    },
  },
} as const;
