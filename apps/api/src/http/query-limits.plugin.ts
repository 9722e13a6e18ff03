import type { ApolloServerPlugin } from '@apollo/server';
import type { FragmentDefinitionNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../context';
import { measureOperation, queryLimitError, QUERY_LIMITS, type QueryMeasurement } from './query-limits';

/** The caller's remaining budget after this request, as sent in `RateLimit-*` headers and `extensions.cost.quota`. */
export interface QuotaState {
  /** Points per window. */
  limit: number;
  remaining: number;
  /** Seconds until the window starts afresh. */
  resetInSeconds: number;
}

/** What this request cost, reported in `extensions.cost` of every response that got that far. */
export interface CostReport {
  requested: number;
  /** Most a single request may cost. */
  limit: number;
  /** The caller's quota, or null when rate limiting is off. */
  quota: QuotaState | null;
}

/** An error that carries the caller's quota (RATE_LIMITED), so the response still reports it. */
export interface QuotaError extends Error {
  quota?: QuotaState;
}

export interface QueryLimitsPluginOptions {
  limits?: Pick<typeof QUERY_LIMITS, 'maxDepth' | 'maxAliases' | 'maxCost'>;
  /**
   * Runs after the limits passed, before execution: checks what the caller may run (API-key scopes)
   * and charges the cost to the caller's quota. Throws to refuse the request.
   */
  admit?: (request: AdmissionRequest) => Promise<QuotaState | null>;
  /** Runs for a request refused before it had an operation (parse or validation errors): these cost too. */
  chargeUnrun?: (context: RequestContext) => Promise<unknown>;
}

/** What `admit` gets to decide on: the caller, and the operation as it will run. */
export interface AdmissionRequest {
  context: RequestContext;
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  measurement: QueryMeasurement;
}

/** `RateLimit-*` headers of the IETF draft as GitHub and others send them. */
export function rateLimitHeaders(quota: QuotaState): [string, string][] {
  return [
    ['RateLimit-Limit', String(quota.limit)],
    ['RateLimit-Remaining', String(Math.max(0, quota.remaining))],
    ['RateLimit-Reset', String(quota.resetInSeconds)],
  ];
}

/**
 * Measures every operation once it is parsed and validated, refuses it before execution when it is
 * too deep, has too many aliases or costs too much (QUERY_TOO_COMPLEX), lets `admit` charge the cost,
 * and reports the cost in `extensions.cost` and the quota in `RateLimit-*` headers.
 */
export function queryLimitsPlugin(options: QueryLimitsPluginOptions = {}): ApolloServerPlugin<RequestContext> {
  const limits = options.limits ?? QUERY_LIMITS;
  return {
    async requestDidStart() {
      let report: CostReport | null = null;
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          // Apollo resolves the operation before this hook; without one it has already answered.
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === 'FragmentDefinition') fragments[definition.name.value] = definition;
          }
          const measurement = measureOperation(schema, operation, fragments, request.variables ?? {});
          report = { requested: measurement.cost, limit: limits.maxCost, quota: null };
          const refusal = queryLimitError(measurement, limits);
          if (refusal) throw refusal;
          if (options.admit) {
            try {
              report.quota = await options.admit({ context: contextValue, schema, operation, fragments, measurement });
            } catch (error) {
              report.quota = (error as QuotaError).quota ?? null;
              throw error;
            }
          }
        },
        async didEncounterErrors({ contextValue }) {
          if (report || !options.chargeUnrun) return;
          await options.chargeUnrun(contextValue).catch(() => undefined);
        },
        async willSendResponse({ response }) {
          if (!report) return;
          if (report.quota) {
            for (const [name, value] of rateLimitHeaders(report.quota)) response.http.headers.set(name, value);
          }
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: report };
          }
        },
      };
    },
  };
}
