/**
 * The public GraphQL API's limits (DESIGN §5), enforced by the API and quoted on the public site's
 * API page: one source for both.
 */

/** `first` of every paged list (DESIGN §5): 1..max, `default` when absent. */
export const PAGE_SIZE = { min: 1, default: 20, max: 100 } as const;

/** Register numbers one `publicRegistrations` call may ask for. */
export const MAX_BULK_LOOKUP = 100;

/** Limits every caller's query is held to before it runs; a query over one is refused with QUERY_TOO_COMPLEX. */
export const QUERY_LIMITS = {
  /** Nesting of fields; the root field is level 1 (`{ themes { code } }` is 2 deep). */
  maxDepth: 6,
  /** Aliased fields in the operation (fragments counted where they are used). */
  maxAliases: 15,
  /** Cost points one request may cost (see {@link COST_MODEL}). */
  maxCost: 5_000,
  /** Lexical tokens in one document. */
  maxTokens: 5_000,
} as const;

/**
 * How a query's cost is estimated before it runs (like Shopify's and GitHub's): every object that can
 * be returned costs a point, scalars are free, and list sizes multiply what they contain.
 */
export const COST_MODEL = {
  /** Each object (a field with a selection set), per item of the lists around it. */
  objectCost: 1,
  /** Scalar and enum fields. */
  scalarCost: 0,
  /** `totalCount` of a connection: a count query of its own. */
  totalCountCost: 1,
  /** Every root field of a mutation, on top of what it returns: writes cost more than reads. */
  mutationCost: 10,
  /**
   * A mutation that e-mails an address the caller names (`enrol`, `requestPasswordReset`), on top of
   * `mutationCost`: with the anonymous budget, about ten a minute per client address.
   */
  emailMutationCost: 2_000,
  /**
   * `registerStatistics`, on top of what it returns: it counts the whole register's history (about a
   * second at 250,000 leaders when not cached), so one request can ask for at most two dates and an
   * anonymous caller for about ten a minute.
   */
  statisticsCost: 2_000,
  /** `credentialVerification` and `verifyCredential`, on top of what they return: a signature check and the registration's facts. */
  credentialVerificationCost: 20,
  /** Items assumed for a list without a size argument (e.g. `completedThemes`). */
  unpagedListEstimate: 10,
  /** Items assumed for a paged field whose `first` is absent or a variable without a value. */
  defaultPageEstimate: 50,
  /**
   * A larger `first` counts as this many: every list is paged at 1..100, so a larger page is refused
   * by the field itself (BAD_USER_INPUT) and never runs.
   */
  maxPageSize: PAGE_SIZE.max,
  /** A request to a file route (letter PDF, document download, evidence or CSV upload), charged to the client IP. */
  fileRequestCost: 10,
  /** Arguments whose value gives the number of items: `first` (a page), or the length of a list (`registerNumbers`). */
  listSizeArguments: ['first', 'registerNumbers'] as readonly string[],
} as const;

/**
 * Budgets per caller, in cost points per window, shared by all API instances. A request is charged
 * its estimated cost; over budget it is answered with HTTP 429 (RATE_LIMITED).
 */
export interface RateLimitSettings {
  /** Length of a window in seconds; each caller's budget starts afresh after it. */
  windowSeconds: number;
  /** Per client IP address, for callers without a session or API key. */
  anonymousPoints: number;
  /** Per API key (`Authorization: Bearer …`). */
  apiKeyPoints: number;
  /** Per signed-in account. */
  accountPoints: number;
}

/** The production defaults (each can be changed by the operator, see the README). */
export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  windowSeconds: 60,
  anonymousPoints: 20_000,
  apiKeyPoints: 100_000,
  accountPoints: 50_000,
};
