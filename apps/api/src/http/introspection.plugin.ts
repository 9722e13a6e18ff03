import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, visit, type DocumentNode } from 'graphql';
import type { RequestContext } from '../context';
import { AppError } from './errors';

/** Where the checked-in SDL is published (GET, text/plain): what anonymous callers get instead of introspection. */
export const SCHEMA_PATH = '/schema.graphql';

function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Introspection (`__schema`, `__type`; `__typename` stays free) only for signed-in accounts and API
 * keys: in production an anonymous caller is pointed to the published SDL instead. In development
 * everyone may introspect, so codegen and tools work.
 */
export function introspectionPlugin(options: { anonymous: boolean }): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      if (options.anonymous) return;
      return {
        async didResolveOperation({ document, contextValue }) {
          if (contextValue.account || contextValue.apiKey || !introspects(document)) return;
          throw new AppError('FORBIDDEN', `Introspectie is uitgeschakeld voor anonieme gebruikers. Het volledige schema staat op ${SCHEMA_PATH}.`, {
            reason: 'INTROSPECTION_DISABLED',
            schema: SCHEMA_PATH,
            http: { status: 403 },
          });
        },
      };
    },
  };
}
