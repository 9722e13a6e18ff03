import { COST_MODEL, REASON_MESSAGES, type ReasonCode } from '@srpo/domain';

/**
 * The figures and codes the API page publishes, in one place.
 * Limits and rate-limit budgets: the API's own, from `@srpo/domain` (api-limits.ts), which the API enforces.
 * TODO(issue 7): error catalogue from apps/api/src/http/error-catalogue.ts once branch `harden` lands.
 */
export { COST_MODEL, DEFAULT_RATE_LIMITS, QUERY_LIMITS } from '@srpo/domain';

/** `first` of every paged list: 1..100 (the largest page the cost model counts). */
export const PAGE_SIZE = { min: 1, max: COST_MODEL.maxPageSize } as const;

/**
 * Register numbers per `publicRegistrations`. The API keeps this in its public-register service (not
 * importable here); the browser test asks the real API with one more and expects BAD_USER_INPUT.
 */
export const MAX_BULK_LOOKUP = 100;

export const ERROR_CLASSES = {
  BAD_USER_INPUT: { status: 400, nl: 'De invoer is ongeldig of een regel staat het niet toe; `reason` zegt welke regel.' },
  UNAUTHENTICATED: { status: 401, nl: 'Niet ingelogd, of inloggen mislukt.' },
  FORBIDDEN: { status: 403, nl: 'Ingelogd, maar niet bevoegd voor deze handeling.' },
  NOT_FOUND: { status: 404, nl: 'Het gevraagde bestaat niet, of is voor u niet zichtbaar.' },
  CONFLICT: { status: 409, nl: 'Botst met de huidige stand: intussen gewijzigd, bestaat al, of in deze fase niet mogelijk.' },
  RATE_LIMITED: { status: 429, nl: 'Te veel verzoeken of pogingen; probeer het later opnieuw (zie `Retry-After`).' },
  QUERY_TOO_COMPLEX: { status: 400, nl: 'De query is te diep, te groot of te duur; vraag minder tegelijk op.' },
  INTERNAL_SERVER_ERROR: { status: 500, nl: 'Er ging iets mis aan onze kant; details staan alleen in ons logboek.' },
} as const;

export type ErrorClass = keyof typeof ERROR_CLASSES;

export interface CatalogueEntry {
  code: string;
  class?: ErrorClass;
  nl: string;
  source: 'class' | 'api' | 'domain';
}

export function errorCatalogue(): { classes: CatalogueEntry[]; reasons: CatalogueEntry[] } {
  const classes = (Object.keys(ERROR_CLASSES) as ErrorClass[]).map((code) => ({ code, nl: ERROR_CLASSES[code].nl, source: 'class' as const }));
  const domain = (Object.keys(REASON_MESSAGES) as ReasonCode[]).map((code) => ({ code, class: 'BAD_USER_INPUT' as const, nl: REASON_MESSAGES[code].nl, source: 'domain' as const }));
  return { classes, reasons: domain.sort((a, b) => a.code.localeCompare(b.code)) };
}

/** Response headers of the rate limiter. */
export const RATE_LIMIT_HEADERS = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After'] as const;
