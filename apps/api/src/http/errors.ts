import { unwrapResolverError } from '@apollo/server/errors';
import { REASON_MESSAGES, type Reason } from '@srpo/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import type { Logger } from '../logger';
import { classOf, httpStatusOf, isErrorClass, isErrorReason, type ErrorClass, type ErrorReason } from './error-catalogue';
import { currentRequest } from './request-id';

export type { ErrorClass, ErrorReason } from './error-catalogue';
/** The values of `extensions.code` (same as {@link ErrorClass}). */
export type ErrorCode = ErrorClass;

/** Extra facts for the client beside the class: the rule that refused, the field, and so on. */
export interface ErrorDetails {
  /** The rule's code (`extensions.reason`), from the catalogue. */
  reason?: ErrorReason;
  field?: string;
  [key: string]: unknown;
}

/**
 * An expected failure: a standard class in `extensions.code`, the rule in `extensions.reason` when a
 * rule refused, and a Dutch message; thrown by services, shown to the client as is.
 */
export class AppError extends GraphQLError {
  declare readonly extensions: { code: ErrorClass; reason?: ErrorReason; [key: string]: unknown };

  constructor(code: ErrorClass, message: string, details?: ErrorDetails) {
    super(message, { extensions: { code, ...details } });
  }

  get code(): ErrorClass {
    return this.extensions.code;
  }

  get reason(): ErrorReason | undefined {
    return this.extensions.reason;
  }
}

/** A rule refused: the class comes from the catalogue, the reason is the rule's code. */
export function ruleError(reason: ErrorReason, message: string, details?: Omit<ErrorDetails, 'reason'>): AppError {
  return new AppError(classOf(reason), message, { ...details, reason });
}

/** A domain refusal as an AppError: the rule's code and its Dutch message (the domain writes dates in words). */
export function reasonError(refusal: Reason, details?: Omit<ErrorDetails, 'reason'>): AppError {
  return ruleError(refusal.code, refusal.message, details);
}

const DUTCH_PREFIX: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'De query is geen geldige GraphQL',
  GRAPHQL_VALIDATION_FAILED: 'De query past niet bij het schema',
  BAD_USER_INPUT: 'Ongeldige invoer',
  PERSISTED_QUERY_NOT_FOUND: 'Onbekende opgeslagen query',
  PERSISTED_QUERY_NOT_SUPPORTED: 'Opgeslagen queries worden niet ondersteund',
  OPERATION_RESOLUTION_FAILURE: 'Kan de te starten operatie niet bepalen',
  BAD_REQUEST: 'Ongeldig verzoek',
};

/** PostgreSQL SQLSTATEs that mean the caller's data or timing, not a bug (answered as such, not 500). */
const DATABASE_STATES: Record<string, { code: ErrorClass; reason: ErrorReason; message: string }> = {
  '23505': { code: 'CONFLICT', reason: 'ALREADY_EXISTS', message: 'Dit bestaat al of loopt al; er kan er maar één van zijn. Laad de gegevens opnieuw.' },
  '40001': { code: 'CONFLICT', reason: 'CONCURRENT_UPDATE', message: 'Dit werd tegelijk door een ander gewijzigd. Probeer het opnieuw.' },
  '40P01': { code: 'CONFLICT', reason: 'CONCURRENT_UPDATE', message: 'Dit werd tegelijk door een ander gewijzigd. Probeer het opnieuw.' },
  '55P03': { code: 'CONFLICT', reason: 'CONCURRENT_UPDATE', message: 'Dit wordt op dit moment door een ander gewijzigd. Probeer het opnieuw.' },
  '22021': { code: 'BAD_USER_INPUT', reason: 'FORBIDDEN_CHARACTER', message: 'De tekst bevat een teken dat niet is toegestaan.' },
  '22P05': { code: 'BAD_USER_INPUT', reason: 'FORBIDDEN_CHARACTER', message: 'De tekst bevat een teken dat niet is toegestaan.' },
  '22001': { code: 'BAD_USER_INPUT', reason: 'TEXT_TOO_LONG', message: 'De tekst is langer dan toegestaan.' },
  '22008': { code: 'BAD_USER_INPUT', reason: 'DATE_OUT_OF_RANGE', message: 'De datum ligt buiten het toegestane bereik.' },
};

/** What a unique violation means to the user, per constraint (others get the generic ALREADY_EXISTS text). */
const UNIQUE_CONSTRAINTS: Record<string, { reason: ErrorReason; message: string }> = {
  application_one_open: { reason: 'APPLICATION_ALREADY_OPEN', message: REASON_MESSAGES.APPLICATION_ALREADY_OPEN.nl },
  committee_meeting_committee_meeting_date_key: { reason: 'ALREADY_EXISTS', message: 'Op deze datum is al een vergadering van deze commissie gepland.' },
  provider_kvk_number_key: { reason: 'ALREADY_EXISTS', message: 'Er bestaat al een aanbieder met dit KvK-nummer.' },
  assessor_organisation_kvk_number_key: { reason: 'ALREADY_EXISTS', message: 'Er bestaat al een beoordelaarsorganisatie met dit KvK-nummer.' },
  deferral_request_one_open: { reason: 'ALREADY_EXISTS', message: 'Er loopt al een verzoek om uitstel van deze soort.' },
  data_request_one_open: { reason: 'ALREADY_EXISTS', message: 'U hebt al een verzoek van deze soort over deze gegevens lopen.' },
  development_plan_theme_pkey: { reason: 'CONCURRENT_UPDATE', message: 'Het ontwikkelplan werd tegelijk gewijzigd. Laad het opnieuw en probeer het nog eens.' },
  account_email_key: { reason: 'EMAIL_TAKEN', message: 'Er bestaat al een account met dit e-mailadres.' },
  board_board_number_key: { reason: 'ALREADY_EXISTS', message: 'Er bestaat al een bestuur met dit bestuursnummer.' },
  school_leader_account_id_key: { reason: 'LEADER_ALREADY_LINKED', message: 'Deze schoolleider is al aan een ander account gekoppeld.' },
  theme_code_key: { reason: 'CATALOGUE_CODE_TAKEN', message: 'Deze themacode is al in gebruik; codes blijven voor altijd bij hun thema.' },
  subtheme_code_key: { reason: 'CATALOGUE_CODE_TAKEN', message: 'Deze deelthemacode is al in gebruik; codes blijven voor altijd bij hun deelthema.' },
  peer_sign_up_one_per_session: { reason: 'ALREADY_EXISTS', message: 'U bent al aangemeld voor deze bijeenkomst.' },
  peer_reflection_one_per_subject: { reason: 'ALREADY_EXISTS', message: 'U hebt al een eindreflectie over deze deelnemer ingediend.' },
  webhook_subscription_board_url: { reason: 'ALREADY_EXISTS', message: 'U hebt al een webhookabonnement op dit adres.' },
  webhook_subscription_key_url: { reason: 'ALREADY_EXISTS', message: 'U hebt al een webhookabonnement op dit adres.' },
};

/** The constraint a failed query violated (pg reports it), if any. */
function constraintOf(error: unknown): string | undefined {
  const driver = error instanceof QueryFailedError ? (error.driverError as { constraint?: unknown }) : (error as { constraint?: unknown } | null);
  return driver && typeof driver === 'object' && typeof driver.constraint === 'string' ? driver.constraint : undefined;
}

/** The SQLSTATE of a failed query (TypeORM wraps pg's error), if any. */
export function sqlStateOf(error: unknown): string | undefined {
  const candidate = error instanceof QueryFailedError ? (error.driverError as { code?: unknown }) : (error as { code?: unknown } | null);
  const code = candidate && typeof candidate === 'object' ? candidate.code : undefined;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Maps a database refusal that a race or hostile input can cause (unique violation, serialization
 * failure, deadlock, bad byte sequence) to a client error; null for anything else. Used by the
 * GraphQL formatter and the file routes, so services need not catch these themselves.
 */
export function databaseErrorToAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const state = sqlStateOf(error);
  const unique = state === '23505' ? UNIQUE_CONSTRAINTS[constraintOf(error) ?? ''] : undefined;
  if (unique) return new AppError('CONFLICT', unique.message, { reason: unique.reason });
  const known = state ? DATABASE_STATES[state] : undefined;
  return known ? new AppError(known.code, known.message, { reason: known.reason }) : null;
}

/** Apollo's persisted-query answers that a client retries on by itself (never shown to a person). */
const APQ_HANDSHAKE: ReadonlySet<string> = new Set(['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);

/** Maps Apollo's and graphql-js's own codes to a class, keeping the original as the reason. */
function classifyGraphQLCode(code: string): { code: ErrorClass; reason?: ErrorReason } {
  if (isErrorClass(code)) return { code };
  if (code === 'BAD_REQUEST') return { code: 'BAD_USER_INPUT', reason: 'INVALID_REQUEST' };
  if (isErrorReason(code)) return { code: classOf(code), reason: code };
  return { code: 'BAD_USER_INPUT' };
}

/**
 * Shapes every error for clients: a standard class in `extensions.code`, the rule in
 * `extensions.reason`, a Dutch message, and never internals. Database refusals caused by races or
 * hostile input become CONFLICT or BAD_USER_INPUT; anything else unexpected is logged in full (with the
 * request's id) and answered with a generic message carrying `extensions.requestId`, so a user's
 * report can be matched to the log line.
 */
export function createErrorFormatter(rootLogger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const request = currentRequest();
    const logger = request?.logger ?? rootLogger;
    const original = unwrapResolverError(error);
    const known = databaseErrorToAppError(original);
    if (known) {
      if (!(original instanceof AppError)) logger.info({ sqlState: sqlStateOf(original), path: formatted.path }, 'database refusal answered as a client error');
      // `http` only sets the response status (Apollo reads it from the error itself); never sent.
      const { http: _http, ...extensions } = known.extensions;
      return { message: known.message, path: formatted.path, extensions };
    }
    const rawCode = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';

    if (rawCode === 'INTERNAL_SERVER_ERROR' || !(original instanceof GraphQLError)) {
      const persisted = persistedQueryRefusal(original);
      if (persisted) return persisted;
      logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
      return {
        message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR', ...(request ? { requestId: request.requestId } : {}) },
      };
    }
    const { code, reason } = classifyGraphQLCode(rawCode);
    const kept = keptExtensions(formatted.extensions);
    const prefix = DUTCH_PREFIX[rawCode];
    // GraphQL's own messages are English; the Dutch lead says what went wrong, the detail says where.
    // The automatic-persisted-queries handshake keeps Apollo's token as the message: with `code` a
    // standard class, clients (Apollo Client's persisted-queries link) recognise it by the message.
    const message = APQ_HANDSHAKE.has(rawCode) ? formatted.message : prefix ? `${prefix}: ${formatted.message}` : formatted.message;
    return {
      message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...kept, code, ...(reason ? { reason } : {}) },
    };
  };
}

/** Extensions other helpers put on their own errors (`reason`, `retryAfterSeconds`, `cost`…), minus internals. */
function keptExtensions(extensions: GraphQLFormattedError['extensions']): Record<string, unknown> {
  if (!extensions) return {};
  const { code: _code, stacktrace: _stack, exception: _exception, http: _http, ...rest } = extensions as Record<string, unknown>;
  return rest;
}

/** Apollo answers a wrong persisted-query hash or version with a plain 400 error without a code. */
function persistedQueryRefusal(error: unknown): GraphQLFormattedError | null {
  if (!(error instanceof GraphQLError)) return null;
  if (error.message === 'provided sha does not match query') {
    return { message: 'Ongeldig verzoek: de hash van de opgeslagen query past niet bij de query.', extensions: { code: 'BAD_USER_INPUT', reason: 'PERSISTED_QUERY_HASH_MISMATCH' } };
  }
  if (error.message === 'Unsupported persisted query version') {
    return { message: 'Ongeldig verzoek: deze versie van opgeslagen queries wordt niet ondersteund.', extensions: { code: 'BAD_USER_INPUT', reason: 'PERSISTED_QUERY_NOT_SUPPORTED' } };
  }
  return null;
}

/** Turns the domain's "no" into an error: the first reason as `extensions.reason`, all of them in `extensions.reasons`. */
export function domainError(reasons: readonly { code: string; message: string }[]): AppError {
  const [first] = reasons;
  const reason = first && isErrorReason(first.code) ? first.code : undefined;
  return new AppError(reason ? classOf(reason) : 'BAD_USER_INPUT', first?.message ?? 'Dit is volgens de regels niet toegestaan.', {
    ...(reason ? { reason } : {}),
    reasons: reasons.map(({ code, message }) => ({ code, message })),
  });
}

/** The value of a domain result, or its reasons as an error. */
export function valueOrThrow<T>(result: { ok: true; value: T } | { ok: false; reasons: readonly { code: string; message: string }[] }): T {
  if (!result.ok) throw domainError(result.reasons);
  return result.value;
}

/** A JSON error body in the same shape as GraphQL errors (file routes). */
export function errorBody(error: AppError) {
  return { errors: [{ message: error.message, extensions: { ...error.extensions } }] };
}

/**
 * Answers a plain HTTP route's failure like GraphQL would: the class's status and a GraphQL-shaped
 * body for expected errors (database refusals included); anything else is rethrown to Express's
 * error handler (logged, answered 500).
 */
export function sendRouteError(res: ServerResponseLike, error: unknown): void {
  const known = databaseErrorToAppError(error);
  if (!known) throw error;
  res.status(httpStatusOf(known.code)).json(errorBody(known));
}

interface ServerResponseLike {
  status(code: number): { json(body: unknown): unknown };
}
