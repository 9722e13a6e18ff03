/**
 * Dutch strings of the API page. Backticks mark code (names of fields, headers, values); figures
 * come in as values from api-docs/apiFacts.ts, never written here.
 */
export const nlApiDocs = {
  apiDocs: {
    documentTitle: 'API voor systemen | Schoolleidersregister PO',
    title: 'De API van het register',
    intro:
      'Systemen kunnen het register ook raadplegen: via een GraphQL-API met dezelfde openbare gegevens als deze website. Deze pagina legt uit hoe u aansluit, met voorbeelden, de grenzen en de foutcodes.',
    toc: 'Op deze pagina',
    audience: {
      title: 'Voor wie',
      intro: 'De API is er voor iedereen die openbare registergegevens in een eigen systeem nodig heeft, bijvoorbeeld:',
      boards: 'personeels- en HR-systemen van schoolbesturen, die nagaan of hun schoolleiders geregistreerd zijn en wanneer zij moeten herregistreren;',
      duo: 'DUO en het ministerie van OCW, voor controles en beleidsinformatie;',
      researchers: 'onderzoekers, die het register en het gecertificeerde aanbod bestuderen.',
      publicOnly:
        'De API geeft alleen openbare gegevens: nooit e-mailadressen, geboortedata, adressen, documenten of de teksten van besluiten.',
    },
    endpoint: {
      title: 'Aansluiten',
      body: 'Stuur elke vraag als `POST`-verzoek naar het adres hieronder, met de header `Content-Type: application/json` en een JSON-body met `query` en, als de query ze heeft, `variables`. Het antwoord is JSON met `data` en, als er iets misging, `errors`.',
      address: 'Adres',
      curl: 'Voorbeeld met curl',
      schema:
        'Het schema beschrijft zichzelf: elk veld en elke parameter heeft een (Engelse) beschrijving. Het volledige schema (SDL) staat op `/schema.graphql`, naast `/graphql`; introspectie werkt alleen met een API-sleutel. Data zijn tekst in de vorm `JJJJ-MM-DD`.',
    },
    keys: {
      title: 'Anoniem of met een API-sleutel',
      anonymous:
        'Zonder sleutel gebruikt u de API anoniem. Anonieme verzoeken delen per IP-adres één tegoed, ook als ze van verschillende systemen achter hetzelfde adres komen.',
      withKey:
        'Koppelt u een systeem, vraag dan een API-sleutel aan. Met een sleutel hebt u een eigen, ruimer tegoed en weet het registerbureau wie het kan bellen als er iets is. Stuur de sleutel bij elk verzoek mee in deze header:',
      header: 'Header met de API-sleutel',
      headerValue: 'Authorization: Bearer <sleutel>',
      scopes: 'Een sleutel geeft een of meer soorten toegang:',
      scopePublicRead: '`PUBLIC_READ`, openbaar raadplegen: alle openbare vragen op deze pagina behalve de bulkcontrole;',
      scopeBulkLookup: '`BULK_LOOKUP`, bulkcontrole: veel registernummers tegelijk controleren met `publicRegistrations`.',
      scopeRefusals:
        'Met een sleutel stelt u alleen openbare vragen binnen de toegang van die sleutel; een andere vraag krijgt een fout met `FORBIDDEN`. Een onbekende of ingetrokken sleutel krijgt `UNAUTHENTICATED`.',
      requestTitle: 'Een sleutel aanvragen',
      request: 'Sleutels geeft het registerbureau uit. Vraag er een aan per e-mail aan <mail>{{address}}</mail> en vermeld:',
      requestOrganisation: 'de naam van uw organisatie;',
      requestContact: 'een contactpersoon met e-mailadres;',
      requestPurpose: 'waarvoor u de API gebruikt;',
      requestScopes: 'welke toegang u nodig hebt.',
      once: 'U krijgt de sleutel één keer te zien. Het register bewaart hem alleen versleuteld en kan hem niet opnieuw tonen. Kwijt of uitgelekt? Dan trekt het registerbureau hem in en krijgt u een nieuwe.',
      secret: 'Bewaar de sleutel als een wachtwoord: op de server van uw systeem, nooit in een browser, een app of openbare code.',
    },
    examples: {
      title: 'Voorbeelden',
      intro:
        'Elk voorbeeld bestaat uit een query en de variabelen die u ermee meestuurt. Bij elke wijziging van het register worden ze automatisch gecontroleerd tegen het schema.',
      query: 'Query',
      variables: 'Variabelen',
      registration: {
        title: 'Eén registratie opzoeken',
        description: '`publicRegistration` geeft de openbare gegevens van een registernummer van vandaag, of `null` als het nummer niet bestaat.',
      },
      registrationOnDate: {
        title: 'Geregistreerd op een datum?',
        description:
          'Met `asOf` krijgt u de registratie zoals die op die dag was, met de status van die dag; `null` als het nummer toen niet geregistreerd was. Zonder `asOf` geldt vandaag (Nederlandse tijd).',
      },
      lookup: {
        title: 'Onbekend nummer of niet geregistreerd?',
        description:
          '`publicRegistration` geeft in beide gevallen `null`. `publicRegistrationLookup` zegt welke van de twee: `outcome` is `REGISTERED` (met de registratie), `NOT_REGISTERED_ON_DATE` (het nummer bestaat, maar was op die datum niet geregistreerd) of `UNKNOWN_REGISTER_NUMBER`.',
      },
      bulkCheck: {
        title: 'Veel registernummers tegelijk controleren',
        description:
          '`publicRegistrations` controleert tot {{max}} registernummers in één verzoek, vandaag of met `asOf` op een datum. Het antwoord heeft dezelfde volgorde als de vraag, met `null` voor een nummer dat onbekend is of op die datum niet geregistreerd was.',
      },
      boards: {
        title: 'Een bestuur opzoeken',
        description:
          '`boards` zoekt besturen op (een deel van) de naam. Geef de `id` van een bestuur mee als `boardId` aan `searchRegister` om alleen de schoolleiders van dat bestuur te zien.',
      },
      search: {
        title: 'Zoeken met filters',
        description:
          '`searchRegister` zoekt op naam of registernummer (hoofdletters en accenten maken niet uit) en filtert op `status`, `title` en met `boardId` op één bestuur. `first` is het aantal resultaten per pagina ({{min}} tot en met {{max}}); `totalCount` telt alle pagina’s samen.',
      },
      searchNextPage: {
        title: 'Bladeren met cursors',
        description:
          'Is `pageInfo.hasNextPage` `true`, vraag dan de volgende pagina met dezelfde variabelen en `after` gelijk aan `pageInfo.endCursor` van de vorige pagina. Herhaal dat tot `hasNextPage` `false` is. Een cursor is een ondoorzichtige tekst: geef hem terug zoals u hem kreeg.',
      },
      themes: {
        title: 'Professionaliseringsthema’s',
        description:
          '`themes` geeft de themacatalogus in vaste volgorde, met de deelthema’s. Met `activeOn` alleen wat op die datum geldig is. De codes van thema’s en deelthema’s veranderen niet.',
      },
      offerings: {
        title: 'Gecertificeerd aanbod',
        description:
          '`certifiedOfferings` geeft het aanbod dat vandaag gecertificeerd is, te filteren op een thema (ook aanbod voor een deelthema ervan) en op zoekwoorden. U bladert met `first` en `after` zoals hierboven.',
      },
    },
    copy: {
      button: 'Kopiëren',
      label: '{{what}} kopiëren',
      done: '{{what}} is gekopieerd.',
      failed: 'Kopiëren is niet gelukt. Selecteer de tekst en kopieer hem zelf.',
      of: '{{part}} van “{{example}}”',
    },
    limits: {
      title: 'Grenzen per verzoek',
      intro:
        'Elke vraag wordt gecontroleerd voordat de API hem uitvoert. Gaat een vraag over een grens, dan voert de API niets uit en antwoordt met een fout met `extensions.code` `QUERY_TOO_COMPLEX`, in `extensions.reason` welke grens (`MAX_DEPTH`, `MAX_ALIASES` of `MAX_COST`) en in `limit` en `measured` de grens en wat de vraag vroeg.',
      depth: 'Diepte: velden hoogstens {{value}} niveaus diep genest.',
      aliases: 'Aliassen: hoogstens {{value}} per verzoek.',
      tokens: 'Lengte: hoogstens {{value}} tokens (namen, haakjes, waarden) per query.',
      pageSize: 'Pagina’s: `first` van {{min}} tot en met {{max}} resultaten per pagina.',
      bulk: 'Bulkcontrole: hoogstens {{value}} registernummers per `publicRegistrations`.',
      statistics:
        'Statistieken: `registerStatistics` telt de hele geschiedenis van het register en kost daarom {{value}} punten; één verzoek vraagt hoogstens {{perRequest}} peildata op.',
      cost:
        'Kosten: elk object in het antwoord kost {{object}} punt, losse waarden zijn gratis en `totalCount` kost {{totalCount}} punt. Een lijst telt zo vaak als hij lang kan worden: `first`, of het aantal registernummers. Zonder `first` rekent de API met {{defaultPage}} per pagina, voor een lijst zonder grootte met {{unpaged}}. Een verzoek kost hoogstens {{value}} punten.',
    },
    rateLimits: {
      title: 'Tegoed en HTTP 429',
      intro:
        'Naast de grenzen per verzoek is er een tegoed per tijdvak: per IP-adres voor anonieme verzoeken, per sleutel met een API-sleutel. De kosten van elk verzoek gaan van het tegoed af; het antwoord vermeldt ze in `extensions.cost`.',
      budgets:
        'Het tegoed is nu {{anonymous}} punten per {{window}} seconden per IP-adres zonder sleutel en {{apiKey}} punten per {{window}} seconden per API-sleutel. Alle servers van het register delen dezelfde tellers.',
      costExample: 'Antwoord op het curl-voorbeeld, met de kosten in extensions.cost',
      costFields:
        'In `extensions.cost` staat `requested` (wat dit verzoek kostte), `limit` (het maximum per verzoek) en `quota` (uw tegoed: `limit`, `remaining` en `resetInSeconds`, dezelfde getallen als in de headers).',
      exhausted:
        'Is het tegoed op, dan antwoordt de API met HTTP-status `429` en een fout met `extensions.code` `RATE_LIMITED`. Wacht dan zo veel seconden als `Retry-After` aangeeft.',
      headers: 'De antwoorden hebben deze headers:',
      header: {
        'RateLimit-Limit': 'het tegoed per tijdvak;',
        'RateLimit-Remaining': 'wat daarvan nog over is;',
        'RateLimit-Reset': 'over hoeveel seconden het tegoed weer vol is;',
        'Retry-After': 'bij `429`: over hoeveel seconden u het opnieuw kunt proberen.',
      },
      advice:
        'Een goede koppeling kijkt naar `RateLimit-Remaining`, wacht na een `429` de tijd van `Retry-After` af en vraagt niet vaker dan nodig: voor de meeste koppelingen is één controle per dag genoeg.',
    },
    errors: {
      title: 'Foutcodes',
      intro:
        'Fouten staan in `errors` van het antwoord, met een Nederlandse melding voor mensen in `message` en codes voor uw systeem. `extensions.code` is altijd een van de klassen hieronder. Weigert het register iets volgens een van zijn regels, dan staat de code van die regel in `extensions.reason`.',
      codesTitle: 'Klassen: extensions.code',
      reasonsTitle: 'Regels: extensions.reason',
      reasonClass: 'klasse `{{class}}`',
      reasonsIntro:
        'De codes van de regels veranderen niet: er kunnen codes bijkomen, bestaande worden nooit hernoemd. Bij een openbare vraag komen ze zelden voor; de meeste horen bij het werk in het portaal. De melding staat hier zonder de waarden die de API erin invult (…).',
    },
  },
} as const;
