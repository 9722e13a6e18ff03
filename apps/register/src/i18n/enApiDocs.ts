import type { SameKeys } from '@srpo/ui';
import type { nlApiDocs } from './nlApiDocs';

/** English strings of the API page: the same keys as Dutch. */
export const enApiDocs: SameKeys<typeof nlApiDocs> = {
  apiDocs: {
    documentTitle: 'API for systems | School Leaders Register PO',
    title: 'The register’s API',
    intro:
      'Systems can consult the register too: through a GraphQL API with the same public data as this website. This page explains how to connect, with examples, the limits and the error codes.',
    toc: 'On this page',
    audience: {
      title: 'Who it is for',
      intro: 'The API is for anyone who needs public register data in their own system, for example:',
      boards: 'school boards’ HR systems, checking whether their school leaders are registered and when they must re-register;',
      duo: 'DUO and the Ministry of Education, for checks and policy information;',
      researchers: 'researchers studying the register and the certified offerings.',
      publicOnly: 'The API only gives public data: never e-mail addresses, birth dates, addresses, documents or the texts of decisions.',
    },
    endpoint: {
      title: 'Connecting',
      body: 'Send every request as a `POST` to the address below, with the header `Content-Type: application/json` and a JSON body with `query` and, if the query has any, `variables`. The answer is JSON with `data` and, if something went wrong, `errors`.',
      address: 'Address',
      curl: 'Example with curl',
      schema:
        'The schema describes itself: every field and argument has a description. The whole schema (SDL) is at `/schema.graphql`, next to `/graphql`; introspection works only with an API key. Dates are text in the form `YYYY-MM-DD`.',
    },
    keys: {
      title: 'Anonymous or with an API key',
      anonymous:
        'Without a key you use the API anonymously. Anonymous requests share one allowance per IP address, also when they come from different systems behind the same address.',
      withKey: 'If you connect a system, ask for an API key. A key has its own, larger allowance, and the register office knows whom to call if something is wrong. Send the key with every request in this header:',
      header: 'Header with the API key',
      headerValue: 'Authorization: Bearer <key>',
      scopes: 'A key grants one or more kinds of access:',
      scopePublicRead: '`PUBLIC_READ`, public lookups: every public request on this page except the bulk check;',
      scopeBulkLookup: '`BULK_LOOKUP`, bulk check: checking many register numbers at once with `publicRegistrations`.',
      scopeRefusals:
        'With a key you only make public requests within that key’s access; any other request gets an error with `FORBIDDEN`. An unknown or revoked key gets `UNAUTHENTICATED`.',
      requestTitle: 'Asking for a key',
      request: 'The register office issues keys. Ask for one by e-mail to <mail>{{address}}</mail>, stating:',
      requestOrganisation: 'your organisation’s name;',
      requestContact: 'a contact person with an e-mail address;',
      requestPurpose: 'what you use the API for;',
      requestScopes: 'which access you need.',
      once: 'You see the key once. The register only keeps it in hashed form and cannot show it again. Lost or leaked? The register office revokes it and issues a new one.',
      secret: 'Keep the key like a password: on your system’s server, never in a browser, an app or public code.',
    },
    examples: {
      title: 'Examples',
      intro: 'Each example is a query and the variables you send with it. They are checked against the schema automatically whenever the register changes.',
      query: 'Query',
      variables: 'Variables',
      registration: {
        title: 'Look up one registration',
        description: '`publicRegistration` gives today’s public data of a register number, or `null` if the number does not exist.',
      },
      registrationOnDate: {
        title: 'Registered on a date?',
        description:
          'With `asOf` you get the registration as it was on that day, with that day’s status; `null` if the number was not registered then. Without `asOf`: today (Dutch time).',
      },
      lookup: {
        title: 'Unknown number or not registered?',
        description:
          '`publicRegistration` gives `null` in both cases. `publicRegistrationLookup` says which: `outcome` is `REGISTERED` (with the registration), `NOT_REGISTERED_ON_DATE` (the number exists but was not registered on that date) or `UNKNOWN_REGISTER_NUMBER`.',
      },
      bulkCheck: {
        title: 'Check many register numbers at once',
        description:
          '`publicRegistrations` checks up to {{max}} register numbers in one request, today or with `asOf` on a date. The answer is in the order asked, with `null` for a number that is unknown or was not registered on that date.',
      },
      boards: {
        title: 'Find a school board',
        description:
          '`boards` finds boards by (part of) their name. Pass a board’s `id` as `boardId` to `searchRegister` to see only that board’s school leaders.',
      },
      search: {
        title: 'Search with filters',
        description:
          '`searchRegister` searches by name or register number (capitals and accents do not matter) and filters on `status`, `title` and, with `boardId`, one board. `first` is the number of results per page ({{min}} to {{max}}); `totalCount` counts all pages.',
      },
      searchNextPage: {
        title: 'Paging with cursors',
        description:
          'If `pageInfo.hasNextPage` is `true`, ask for the next page with the same variables and `after` set to the previous page’s `pageInfo.endCursor`. Repeat until `hasNextPage` is `false`. A cursor is opaque text: send it back as you got it.',
      },
      themes: {
        title: 'Professional-development themes',
        description:
          '`themes` gives the theme catalogue in its fixed order, with subthemes. With `activeOn`, only what is valid on that date. Theme and subtheme codes never change.',
      },
      offerings: {
        title: 'Certified offerings',
        description:
          '`certifiedOfferings` gives the offerings certified today, filtered on a theme (including offerings for one of its subthemes) and on keywords. Page with `first` and `after` as above.',
      },
    },
    copy: {
      button: 'Copy',
      label: 'Copy {{what}}',
      done: '{{what}} copied.',
      failed: 'Copying failed. Select the text and copy it yourself.',
      of: '{{part}} of “{{example}}”',
    },
    limits: {
      title: 'Limits per request',
      intro:
        'Every request is checked before the API runs it. If a request exceeds a limit, the API runs nothing and answers with an error with `extensions.code` `QUERY_TOO_COMPLEX`, the limit in `extensions.reason` (`MAX_DEPTH`, `MAX_ALIASES` or `MAX_COST`), and the limit and what the request asked in `limit` and `measured`.',
      depth: 'Depth: fields nested at most {{value}} levels deep.',
      aliases: 'Aliases: at most {{value}} per request.',
      tokens: 'Length: at most {{value}} tokens (names, brackets, values) per query.',
      pageSize: 'Pages: `first` from {{min}} to {{max}} results per page.',
      bulk: 'Bulk check: at most {{value}} register numbers per `publicRegistrations`.',
      statistics:
        'Statistics: `registerStatistics` counts the register’s whole history and so costs {{value}} points; one request asks for at most {{perRequest}} dates.',
      cost:
        'Cost: every object in the answer costs {{object}} point, single values are free and `totalCount` costs {{totalCount}} point. A list counts as often as it can be long: `first`, or the number of register numbers. Without `first` the API counts {{defaultPage}} per page, for a list without a size {{unpaged}}. A request costs at most {{value}} points.',
    },
    rateLimits: {
      title: 'Allowance and HTTP 429',
      intro:
        'Beside the limits per request there is an allowance per period: per IP address for anonymous requests, per key with an API key. The cost of every request is taken from the allowance; the answer states it in `extensions.cost`.',
      budgets:
        'The allowance is currently {{anonymous}} points per {{window}} seconds per IP address without a key, and {{apiKey}} points per {{window}} seconds per API key. All of the register’s servers share the same counters.',
      costExample: 'Answer to the curl example, with the cost in extensions.cost',
      costFields:
        '`extensions.cost` holds `requested` (what this request cost), `limit` (the most one request may cost) and `quota` (your allowance: `limit`, `remaining` and `resetInSeconds`, the same figures as in the headers).',
      exhausted:
        'When the allowance is used up, the API answers with HTTP status `429` and an error with `extensions.code` `RATE_LIMITED`. Then wait as many seconds as `Retry-After` says.',
      headers: 'The answers carry these headers:',
      header: {
        'RateLimit-Limit': 'the allowance per period;',
        'RateLimit-Remaining': 'what is left of it;',
        'RateLimit-Reset': 'in how many seconds the allowance is full again;',
        'Retry-After': 'with `429`: in how many seconds you can try again.',
      },
      advice:
        'A good integration watches `RateLimit-Remaining`, waits for `Retry-After` after a `429` and asks no more often than needed: for most integrations one check a day is enough.',
    },
    errors: {
      title: 'Error codes',
      intro:
        'Errors are in the answer’s `errors`, with a Dutch message for people in `message` and codes for your system. `extensions.code` is always one of the classes below. When the register refuses something under one of its rules, the rule’s code is in `extensions.reason`.',
      codesTitle: 'Classes: extensions.code',
      reasonsTitle: 'Rules: extensions.reason',
      reasonClass: 'class `{{class}}`',
      reasonsIntro:
        'Rule codes never change: codes may be added, existing ones are never renamed. They rarely occur with a public request; most belong to work in the portal. The API’s messages are Dutch; the descriptions below are in English where the register has a translation, and leave out the values the API fills in (…).',
    },
  },
};
