import { COST_MODEL, DEFAULT_RATE_LIMITS, type RateLimitSettings } from '@srpo/domain';
import type { RequestHandler } from 'express';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../context';
import type { Logger } from '../logger';
import { AppError, errorBody } from './errors';
import { rateLimitHeaders, type QuotaError, type QuotaState } from './query-limits.plugin';

export { DEFAULT_RATE_LIMITS, type RateLimitSettings };

/** The table shared by all API instances (created by a migration, never at run time). */
export const RATE_LIMIT_TABLE = 'rate_limit';

type CallerKind = 'ip' | 'key' | 'account';

/** The caller a request is charged to: its API key, else its account, else its IP address. */
export function rateLimitCaller(context: Pick<RequestContext, 'apiKey' | 'account' | 'clientIp'>): { kind: CallerKind; id: string } {
  if (context.apiKey) return { kind: 'key', id: context.apiKey.id };
  if (context.account) return { kind: 'account', id: context.account.id };
  return { kind: 'ip', id: context.clientIp || 'unknown' };
}

function quotaOf(result: RateLimiterRes, limit: number, windowSeconds: number): QuotaState {
  return {
    limit,
    remaining: Math.max(0, result.remainingPoints),
    resetInSeconds: result.msBeforeNext >= 0 ? Math.ceil(result.msBeforeNext / 1000) : windowSeconds,
  };
}

/**
 * Cost-based rate limits shared by every API instance through one PostgreSQL table (like GitHub's and
 * Shopify's): each request is charged its estimated cost (at least one point) against its caller's
 * budget for the current window. Over budget: HTTP 429 with RATE_LIMITED and `Retry-After`.
 */
export class RequestRateLimiter {
  private readonly limiters: Record<CallerKind, { limiter: RateLimiterPostgres; points: number }>;
  /** Callers this instance saw with an empty budget, until their window ends: refused without a database write. */
  private readonly exhausted = new Map<string, number>();

  constructor(
    dataSource: DataSource,
    private readonly settings: RateLimitSettings,
    private readonly logger: Logger,
  ) {
    const limiter = (kind: CallerKind, points: number) => ({
      points,
      limiter: new RateLimiterPostgres({
        storeClient: dataSource,
        storeType: 'typeorm',
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true,
        keyPrefix: kind,
        points,
        duration: settings.windowSeconds,
      }),
    });
    this.limiters = {
      ip: limiter('ip', settings.anonymousPoints),
      key: limiter('key', settings.apiKeyPoints),
      account: limiter('account', settings.accountPoints),
    };
  }

  /**
   * Charges `cost` (at least one point) to the request's caller; returns the quota left, or throws
   * RATE_LIMITED (HTTP 429). A request that does not fit in what is left is not charged, so a cheaper
   * one may still run.
   */
  async charge(context: Pick<RequestContext, 'apiKey' | 'account' | 'clientIp'>, cost: number): Promise<QuotaState | null> {
    const caller = rateLimitCaller(context);
    const { limiter, points } = this.limiters[caller.kind];
    const key = `${caller.kind}:${caller.id}`;
    const charge = Math.max(1, cost);

    const blockedUntil = this.exhausted.get(key);
    if (blockedUntil !== undefined) {
      if (blockedUntil > Date.now()) throw this.refusal(points, { limit: points, remaining: 0, resetInSeconds: Math.ceil((blockedUntil - Date.now()) / 1000) });
      this.exhausted.delete(key);
    }

    let result: RateLimiterRes;
    try {
      result = await limiter.consume(caller.id, charge);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) {
        // The store failed (e.g. the database is briefly away): serve rather than refuse everyone.
        this.logger.warn({ err: error }, 'rate limiter unavailable; request let through');
        return null;
      }
      const spentBefore = error.consumedPoints - charge;
      if (spentBefore < points) {
        // It did not fit in what was left: give the points back, the caller may still send cheaper requests.
        await limiter.reward(caller.id, charge).catch((rewardError: unknown) => this.logger.warn({ err: rewardError }, 'rate limiter reward failed'));
        throw this.refusal(points, { ...quotaOf(error, points, this.settings.windowSeconds), remaining: Math.max(0, points - spentBefore) });
      }
      this.block(key, error.msBeforeNext);
      throw this.refusal(points, { ...quotaOf(error, points, this.settings.windowSeconds), remaining: 0 });
    }
    if (result.remainingPoints <= 0) this.block(key, result.msBeforeNext);
    return quotaOf(result, points, this.settings.windowSeconds);
  }

  /** Seconds until an exhausted caller may send again, as far as this instance knows; null when not blocked. */
  blockedFor(context: Pick<RequestContext, 'apiKey' | 'account' | 'clientIp'>): QuotaState | null {
    const caller = rateLimitCaller(context);
    const key = `${caller.kind}:${caller.id}`;
    const until = this.exhausted.get(key);
    if (until === undefined || until <= Date.now()) return null;
    return { limit: this.limiters[caller.kind].points, remaining: 0, resetInSeconds: Math.ceil((until - Date.now()) / 1000) };
  }

  private block(key: string, msBeforeNext: number): void {
    if (msBeforeNext <= 0) return;
    if (this.exhausted.size >= 10_000) {
      const now = Date.now();
      for (const [candidate, until] of this.exhausted) if (until <= now) this.exhausted.delete(candidate);
    }
    if (this.exhausted.size < 10_000) this.exhausted.set(key, Date.now() + msBeforeNext);
  }

  refusal(points: number, quota: QuotaState): AppError & QuotaError {
    const retryAfter = Math.max(1, quota.resetInSeconds);
    const headers = new Map(rateLimitHeaders({ ...quota, resetInSeconds: retryAfter }));
    headers.set('Retry-After', String(retryAfter));
    const refusal: AppError & QuotaError = new AppError(
      'RATE_LIMITED',
      `Te veel verzoeken: het budget van ${points} punten per ${this.settings.windowSeconds} seconden is op. Probeer het over ${retryAfter} seconden opnieuw.`,
      { retryAfterSeconds: retryAfter, http: { status: 429, headers } },
    );
    refusal.quota = { ...quota, resetInSeconds: retryAfter };
    return refusal;
  }
}

/**
 * Rate limit for the plain HTTP routes (files in and out): each request costs
 * `COST_MODEL.fileRequestCost` points of the client IP's budget; over budget 429 with the same body
 * and headers as GraphQL.
 */
export function rateLimitFileRoutes(rateLimiter: RequestRateLimiter): RequestHandler {
  return (req, res, next) => {
    rateLimiter.charge({ apiKey: null, account: null, clientIp: req.ip ?? req.socket.remoteAddress ?? '' }, COST_MODEL.fileRequestCost).then(
      (quota) => {
        if (quota) for (const [name, value] of rateLimitHeaders(quota)) res.set(name, value);
        next();
      },
      (error: unknown) => {
        if (!(error instanceof AppError)) return next(error);
        sendRefusal(res, error);
      },
    );
  };
}

/**
 * Before any parsing: a caller this instance already knows to be over budget (an API key, or an IP
 * address without a session) is refused at once, without reading its query or the database.
 */
export function refuseExhaustedCallers(rateLimiter: RequestRateLimiter, isApiKey: (locals: Record<string, unknown>) => { id: string } | null): RequestHandler {
  return (req, res, next) => {
    const apiKey = isApiKey(res.locals);
    if (!apiKey && req.headers.cookie?.includes('srpo_session=')) return next();
    const blocked = rateLimiter.blockedFor({
      apiKey: apiKey ? { id: apiKey.id, organisation: '', scopes: [] } : null,
      account: null,
      clientIp: req.ip ?? req.socket.remoteAddress ?? '',
    });
    if (!blocked) return next();
    sendRefusal(res, rateLimiter.refusal(blocked.limit, blocked));
  };
}

/** A RATE_LIMITED error as a plain HTTP answer: 429, its headers, and a GraphQL-shaped body. */
function sendRefusal(res: Parameters<RequestHandler>[1], error: AppError): void {
  const { http, ...extensions } = error.extensions as { http?: { headers?: Map<string, string> } } & AppError['extensions'];
  for (const [name, value] of http?.headers ?? []) res.set(name, value);
  res.status(429).json(errorBody(new AppError(extensions.code, error.message, extensions)));
}
