/**
 * Dutch strings of the API page's webhook section. Backticks mark code (names of fields, headers,
 * values); figures come in as values from api-docs/webhookDocs.ts, never written here.
 */
export const nlWebhookDocs = {
  apiDocs: {
    webhooks: {
      title: 'Webhooks: bericht bij een statuswijziging',
      intro:
        'Met een webhook hoeft uw systeem niet steeds te vragen of er iets veranderd is: het register stuurt zelf een bericht zodra de registratie van een schoolleider die u volgt verandert. Het bericht is een `POST`-verzoek met JSON naar een adres van uw systeem, ondertekend met een geheim dat alleen u en het register kennen.',
      whoTitle: 'Wie een webhook kan maken',
      whoBoards:
        'Schoolbesturen: in het portaal, onder Bestuur → Webhooks. Een webhook van een bestuur volgt de schoolleiders die op de dag van de wijziging bij dat bestuur werken.',
      whoKeys:
        'Houders van een API-sleutel met de toegang `WEBHOOKS` (vraag die aan bij het registerbureau): met de mutaties hieronder. Zo’n webhook volgt de registernummers die u opgeeft (1 tot {{max}} per webhook).',
      eventsTitle: 'Gebeurtenissen',
      eventsIntro: 'U kiest per webhook voor welke gebeurtenissen u een bericht wilt; `type` in het bericht zegt welke het is:',
      events: {
        REGISTERED: '`REGISTERED`: de schoolleider is in het register ingeschreven (een eerste of nieuwe registratie, of een aspirant die nu volledig geregistreerd is);',
        CONDITIONAL: '`CONDITIONAL`: de herregistratiedatum is verstreken zonder herregistratie; de registratie loopt zes maanden onder voorwaarden door;',
        EXPIRED: '`EXPIRED`: ook die zes maanden zijn voorbij; de herregistratie is verlopen;',
        RE_REGISTERED: '`RE_REGISTERED`: de schoolleider is geherregistreerd (ook terug van onder voorwaarden of verlopen);',
        DEREGISTERED: '`DEREGISTERED`: de schoolleider is uitgeschreven.',
      },
      eventsDaily:
        'De overgangen naar onder voorwaarden en verlopen maakt de dagelijkse verwerking van het register, kort na middernacht; de berichten daarover komen dan ook ’s nachts.',
      bodyTitle: 'Het bericht',
      bodyIntro:
        'De body is JSON met de openbare gegevens van de registratie, zonder naam: u weet aan het registernummer om wie het gaat.',
      bodyExample: 'Voorbeeld van een bericht',
      bodyFields:
        '`id` is de id van de gebeurtenis: bij een herhaald bericht is die hetzelfde, dus verwerk elke id één keer. `occurredOn` is de datum van de wijziging in het register, `entry.previousStatus` de status daarvoor. Een testbericht (`sendTestWebhook` of de knop in het portaal) heeft `"test": true` en het registernummer `TEST-0000`.',
      headersTitle: 'Headers',
      headers: {
        'Schoolleidersregister-Signature': 'de handtekening: `t=<unix-tijd>,v1=<handtekening>`, zie hieronder;',
        'Schoolleidersregister-Event-Id': 'de id van de gebeurtenis, dezelfde als `id` in de body;',
        'Schoolleidersregister-Event': 'het soort gebeurtenis, dezelfde als `type` in de body;',
        'Schoolleidersregister-Delivery': 'de id van deze bezorging (elke poging van een herhaald bericht hoort bij een nieuwe bezorging).',
      },
      verifyTitle: 'De handtekening controleren',
      verifySteps: 'Controleer elk bericht voordat u het gelooft:',
      verifyStep1: 'Lees `t` (de tijd van ondertekening, in seconden sinds 1970) en `v1` uit de header `Schoolleidersregister-Signature`.',
      verifyStep2: 'Bereken de HMAC-SHA256 van de tekst `<t>.<body>`, met de body precies zoals ontvangen (voordat u hem als JSON leest) en uw geheim (`whsec_…`, helemaal) als sleutel, in hexadecimale cijfers.',
      verifyStep3: 'Vergelijk die met `v1` in constante tijd, en weiger een bericht waarvan `t` meer dan {{tolerance}} seconden van uw klok afwijkt.',
      verifyCode: 'Controleren in Node.js',
      receiverCode: 'Ontvangen met Express',
      rotate:
        'Een nieuw geheim (`rotateWebhookSecret`, of Nieuw geheim in het portaal) werkt meteen; het oude niet meer. Zet het nieuwe geheim daarom direct in uw systeem.',
      retriesTitle: 'Antwoorden, herhalen en uitschakelen',
      answer:
        'Antwoord binnen {{timeout}} seconden met een 2xx-status (bijvoorbeeld `204`); doe het eigenlijke werk daarna. Het register volgt geen doorverwijzingen en leest uw antwoord niet.',
      retries:
        'Lukt een bezorging niet (geen antwoord, een andere status), dan probeert het register het opnieuw, tot {{attempts}} pogingen in totaal, steeds later: na {{delays}}. Daarna geeft het register die bezorging op; u kunt hem zelf opnieuw laten versturen (`replayWebhookDelivery`, of Opnieuw versturen in het portaal).',
      disabling:
        'Mislukken {{failures}} pogingen achter elkaar, dan schakelt het register de webhook uit en krijgt de eigenaar een e-mail. Berichten die nog niet zijn afgeleverd, blijven bewaard en gaan alsnog weg zodra u de webhook weer aanzet (`enableWebhookSubscription`, of Opnieuw inschakelen in het portaal).',
      order:
        'Berichten kunnen dubbel of in een andere volgorde aankomen. Gebruik `id` tegen dubbele berichten en `occurredOn` voor de volgorde; bij twijfel vraagt u de actuele stand op met `publicRegistration`.',
      subscribeTitle: 'Abonneren met een API-sleutel',
      subscribeIntro:
        'Met een sleutel met de toegang `WEBHOOKS` stuurt u deze mutatie (met de header `Authorization: Bearer <sleutel>`). Het antwoord bevat het geheim: u ziet het alleen deze ene keer.',
      subscribeQuery: 'Mutatie om te abonneren',
      subscribeVariables: 'Variabelen',
      deliveriesIntro: 'Het logboek van de bezorgingen, nieuwste eerst, in pagina’s:',
      deliveriesQuery: 'Query voor de bezorgingen',
      deliveriesVariables: 'Variabelen',
      operations: 'Verder zijn er, voor uw eigen webhooks: {{operations}}.',
      urlRules:
        'Het adres moet met `https://` beginnen, zonder gebruikersnaam of wachtwoord, en mag niet naar een lokaal of intern netwerkadres wijzen.',
    },
  },
} as const;
