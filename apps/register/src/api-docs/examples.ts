/**
 * The example requests of the API page. Each one is parsed and validated against the checked-in SDL
 * (apps/api/schema.graphql) by examples.test.ts, variables included, so a schema change that breaks
 * an example fails a test instead of a third party's integration.
 */

/** A JSON value as it appears in `variables`. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export type ApiExampleId = 'registration' | 'registrationOnDate' | 'lookup' | 'bulkCheck' | 'boards' | 'search' | 'searchNextPage' | 'themes' | 'offerings';

/** What a client POSTs to /graphql. */
export interface ApiRequest {
  /** One named operation, formatted as shown on the page. */
  query: string;
  variables: { readonly [name: string]: JsonValue };
}

export interface ApiExample extends ApiRequest {
  /** Also the key of its title and explanation in the page's strings (`apiDocs.examples.<id>`). */
  id: ApiExampleId;
}

const REGISTRATION_FIELDS = `registerNumber
    displayName
    title
    aspirant
    qualificationLevel
    status
    registeredOn
    reRegistrationDue
    boards {
      name
    }
    completedThemes {
      theme {
        code
        name
      }
      completedOn
      route
    }`;

const registrationQuery = `query Registration($registerNumber: String!, $asOf: Date) {
  publicRegistration(registerNumber: $registerNumber, asOf: $asOf) {
    ${REGISTRATION_FIELDS}
  }
}`;

const searchQuery = `query Search($query: String, $status: [RegistrationStatus!], $title: [RegistrationTitle!], $first: Int, $after: String) {
  searchRegister(query: $query, status: $status, title: $title, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        registerNumber
        displayName
        title
        status
        reRegistrationDue
        boards {
          name
        }
      }
    }
  }
}`;

const searchVariables = { query: 'van dijk', status: ['ACTIVE', 'CONDITIONAL'], title: ['RDO'], first: 20 } as const;

/** In the order the page shows them. */
export const API_EXAMPLES: readonly ApiExample[] = [
  {
    id: 'registration',
    query: registrationQuery,
    variables: { registerNumber: '100001' },
  },
  {
    id: 'registrationOnDate',
    query: registrationQuery,
    variables: { registerNumber: '100001', asOf: '2024-09-01' },
  },
  {
    id: 'lookup',
    query: `query Lookup($registerNumber: String!, $asOf: Date) {
  publicRegistrationLookup(registerNumber: $registerNumber, asOf: $asOf) {
    registerNumber
    outcome
    registration {
      displayName
      title
      status
    }
  }
}`,
    variables: { registerNumber: '100001', asOf: '2015-01-01' },
  },
  {
    id: 'bulkCheck',
    query: `query BulkCheck($registerNumbers: [String!]!, $asOf: Date) {
  publicRegistrations(registerNumbers: $registerNumbers, asOf: $asOf) {
    registerNumber
    displayName
    title
    status
    reRegistrationDue
  }
}`,
    variables: { registerNumbers: ['100001', '100002', '999999'], asOf: '2026-09-01' },
  },
  {
    id: 'boards',
    query: `query Boards($query: String, $first: Int) {
  boards(query: $query, first: $first) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}`,
    variables: { query: 'stichting', first: 10 },
  },
  {
    id: 'search',
    query: searchQuery,
    variables: searchVariables,
  },
  {
    id: 'searchNextPage',
    query: searchQuery,
    variables: { ...searchVariables, after: '<pageInfo.endCursor>' },
  },
  {
    id: 'themes',
    query: `query Themes($activeOn: Date) {
  themes(activeOn: $activeOn) {
    code
    name
    description
    isWildcard
    subthemes(activeOn: $activeOn) {
      code
      name
    }
  }
}`,
    variables: { activeOn: '2026-09-01' },
  },
  {
    id: 'offerings',
    query: `query Offerings($themeCode: String, $query: String, $first: Int, $after: String) {
  certifiedOfferings(themeCode: $themeCode, query: $query, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        title
        kind
        hours
        certifiedFrom
        certifiedUntil
        owner {
          name
          website
        }
        themes {
          code
          name
        }
        subthemes {
          code
          name
        }
        upcomingExecutions {
          startsOn
          endsOn
          location
          online
        }
      }
    }
  }
}`,
    variables: { themeCode: '4', query: 'leiderschap', first: 20 },
  },
];

/** The smallest useful request, for the curl example at the top of the page. */
export const QUICK_START: ApiRequest = {
  query: 'query Registration($registerNumber: String!) { publicRegistration(registerNumber: $registerNumber) { displayName title status reRegistrationDue } }',
  variables: { registerNumber: '100001' },
};

/** An anonymous POST of the request with curl, ready to paste into a shell. */
export function curlCommand(endpoint: string, request: ApiRequest = QUICK_START): string {
  const body = JSON.stringify({ query: request.query, variables: request.variables });
  return [
    `curl ${endpoint} \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  --data '${body.replaceAll("'", "'\\''")}'`,
  ].join('\n');
}

/** The JSON body of a POST to /graphql for this example, as sent. */
export function requestBody(example: ApiRequest): string {
  return JSON.stringify({ query: example.query, variables: example.variables }, null, 2);
}

/** The variables as shown on the page (pretty JSON). */
export function variablesJson(example: ApiRequest): string {
  return JSON.stringify(example.variables, null, 2);
}

/** `extensions.cost` as the API reports it with every answer: the request's cost, the most one request may cost, and the caller's quota. */
export interface CostReport {
  requested: number;
  limit: number;
  quota: { limit: number; remaining: number; resetInSeconds: number } | null;
}

/** An anonymous answer to the quick-start request (it costs one point: one object, scalars are free), as shown on the page. */
export function quickStartAnswer(maxCost: number, anonymousPoints: number, windowSeconds: number): string {
  const cost: CostReport = { requested: 1, limit: maxCost, quota: { limit: anonymousPoints, remaining: anonymousPoints - 1, resetInSeconds: windowSeconds } };
  const data = { publicRegistration: { displayName: 'Jan van Dijk', title: 'RDO', status: 'ACTIVE', reRegistrationDue: '2028-03-01' } };
  return JSON.stringify({ data, extensions: { cost } }, null, 2);
}
