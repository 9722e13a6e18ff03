import type { SameKeys } from '@srpo/ui';
import type { nlOpenData } from './nlOpenData';

/** English strings of the API page's open-data section: the same keys as Dutch. */
export const enOpenData: SameKeys<typeof nlOpenData> = {
  apiDocs: {
    openData: {
      title: 'Open data: the whole register as a file',
      intro:
        'The whole public register is available as a file every day, in CSV and in JSON, with the same public data as this website. Useful when you need the register at once, for research for example; to check one or a few school leaders, the API above is better.',
      csv: 'CSV (semicolons, UTF-8)',
      json: 'JSON',
      daily:
        'The register makes the files anew every night at 00:30, with that day’s registrations. The address stays the same. The `Last-Modified` header and, in JSON, `generatedAt` tell when the file was made, `registerDate` for which day; with `If-None-Match` (the `ETag`) or `If-Modified-Since` you only fetch it when there is a new one. While there is no file yet, the address answers `503` with a `Retry-After`.',
      fieldsIntro: 'Every line (CSV) or element of `entries` (JSON) is one registration, as the register shows it today:',
      fields: {
        registerNumber: '`registerNumber`: the register number;',
        displayName: '`displayName`: the name, such as “Jan van Dijk”;',
        title: '`title`: `RDO` or `RADO`;',
        aspirant: '`aspirant`: `true` for an aspirant registration, else `false`;',
        qualificationLevel: '`qualificationLevel`: `BASISBEKWAAM`, `VAKBEKWAAM` or `MASTER` (empty for an aspirant without a level);',
        status: '`status`: `ACTIVE`, `CONDITIONAL` (onder voorwaarden), `EXPIRED` (re-registration lapsed) or `DEREGISTERED` (left the register);',
        registeredOn: '`registeredOn`: the registration date (`YYYY-MM-DD`);',
        reRegistrationDue: '`reRegistrationDue`: the re-registration deadline (empty for an aspirant);',
        completedThemes: '`completedThemes`: the themes completed in the current period, with date and learning route (`FORMAL` or `INFORMAL`);',
        boards: '`boards`: the boards the school leader works for now.',
      },
      csvLists:
        'The CSV holds one value per cell; the lists are joined with `|`: themes as `code:date:route` (for example `1:2025-03-01:FORMAL|4:2025-06-12:INFORMAL`), boards by name. In JSON they are plain lists.',
      never: 'Never in the files: e-mail addresses, birth dates, addresses, documents or the texts of decisions.',
      licence:
        'Licence: Creative Commons Attribution 4.0 (`CC-BY-4.0`). You may reuse the data, in your own files too, if you name the Schoolleidersregister PO as the source. The files hold the names of people: the GDPR still applies to them. Use them to check registrations or for research, not to approach or profile people.',
      jsonLd:
        'Every registration page (`/register/<register number>`) also carries the public data as schema.org JSON-LD (a `Person` with an `EducationalOccupationalCredential`), readable without JavaScript: for search engines and other systems that read pages.',
    },
  },
};
