/**
 * The figures and codes the API page publishes, in one place, from the sources the API itself uses:
 * limits and rate-limit budgets from `@srpo/domain` (api-limits.ts), the error catalogue from the API.
 */
export { COST_MODEL, DEFAULT_RATE_LIMITS, MAX_BULK_LOOKUP, PAGE_SIZE, QUERY_LIMITS } from '@srpo/domain';

/**
 * The API's one error catalogue: `extensions.code` classes and every `extensions.reason` (the API's own
 * and the domain's). A plain data module of the API (it imports only `@srpo/domain`), imported as is.
 */
export { ERROR_CLASSES, errorCatalogue, type CatalogueEntry, type ErrorClass } from '../../../api/src/http/error-catalogue';

/** Response headers of the rate limiter. */
export const RATE_LIMIT_HEADERS = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After'] as const;
