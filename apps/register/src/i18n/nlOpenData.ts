/** Dutch strings of the API page's open-data section. Backticks mark code (addresses, field names, values). */
export const nlOpenData = {
  apiDocs: {
    openData: {
      title: 'Open data: het hele register als bestand',
      intro:
        'Het hele openbare register staat elke dag als bestand klaar, in CSV en in JSON, met dezelfde openbare gegevens als deze website. Handig als u het register in één keer nodig hebt, bijvoorbeeld voor onderzoek; om één of een paar schoolleiders na te gaan is de API hierboven beter.',
      csv: 'CSV (puntkomma’s, UTF-8)',
      json: 'JSON',
      daily:
        'Het register maakt de bestanden elke nacht om 00:30 opnieuw, met de registraties van die dag. Het adres blijft hetzelfde. De kop `Last-Modified` en in JSON `generatedAt` zeggen wanneer het bestand gemaakt is, `registerDate` voor welke dag; met `If-None-Match` (de `ETag`) of `If-Modified-Since` haalt u het alleen op als er een nieuw is. Is er nog geen bestand, dan antwoordt het adres met `503` en een `Retry-After`.',
      fieldsIntro: 'Elke regel (CSV) of elk element van `entries` (JSON) is één registratie, zoals die vandaag in het register staat:',
      fields: {
        registerNumber: '`registerNumber`: het registratienummer;',
        displayName: '`displayName`: de naam, zoals “Jan van Dijk”;',
        title: '`title`: `RDO` of `RADO`;',
        aspirant: '`aspirant`: `true` voor een aspirant-registratie, anders `false`;',
        qualificationLevel: '`qualificationLevel`: `BASISBEKWAAM`, `VAKBEKWAAM` of `MASTER` (leeg voor een aspirant zonder niveau);',
        status: '`status`: `ACTIVE`, `CONDITIONAL` (onder voorwaarden), `EXPIRED` (herregistratie verlopen) of `DEREGISTERED` (uitgeschreven);',
        registeredOn: '`registeredOn`: de datum van registratie (`JJJJ-MM-DD`);',
        reRegistrationDue: '`reRegistrationDue`: de uiterste datum van herregistratie (leeg voor een aspirant);',
        completedThemes: '`completedThemes`: de afgeronde thema’s in de huidige periode, met datum en leerroute (`FORMAL` of `INFORMAL`);',
        boards: '`boards`: de besturen waar de schoolleider nu werkt.',
      },
      csvLists:
        'In de CSV staat één waarde per cel; de lijsten staan met `|` ertussen: thema’s als `code:datum:route` (bijvoorbeeld `1:2025-03-01:FORMAL|4:2025-06-12:INFORMAL`), besturen met hun naam. In JSON zijn het gewone lijsten.',
      never: 'Nooit in de bestanden: e-mailadressen, geboortedata, adressen, documenten of de teksten van besluiten.',
      licence:
        'Licentie: Creative Commons Naamsvermelding 4.0 (`CC-BY-4.0`). U mag de gegevens hergebruiken, ook in eigen bestanden, als u het Schoolleidersregister PO als bron noemt. De bestanden bevatten namen van personen: daarvoor blijft de AVG gelden. Gebruik ze om registraties na te gaan of voor onderzoek, niet om mensen te benaderen of te profileren.',
      jsonLd:
        'Ook elke registratiepagina (`/register/<registratienummer>`) bevat de openbare gegevens als schema.org JSON-LD (een `Person` met een `EducationalOccupationalCredential`), leesbaar zonder JavaScript: voor zoekmachines en andere systemen die pagina’s lezen.',
    },
  },
} as const;
