import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { RequestContext } from '../context';
import { AppError } from '../http/errors';
import type { Role } from '../modules/accounts/role';
import { API_KEY_SCOPE } from '../modules/api-keys/api-key-scope';

/**
 * The one authorization check behind every `@Authorized(...)`: a session is required, and with roles
 * listed the account must hold at least one of them. An API key passes only an operation marked
 * `@ApiKeyScoped(scope)` for a scope it holds (the API-key guard refused anything else before execution).
 */
export class AuthChecker implements AuthCheckerInterface<RequestContext, Role> {
  check({ context, info }: ResolverData<RequestContext>, roles: Role[]): boolean {
    if (context.apiKey) {
      const scope = info.parentType.getFields()[info.fieldName]?.extensions[API_KEY_SCOPE];
      if (typeof scope === 'string' && (context.apiKey.scopes as readonly string[]).includes(scope)) return true;
    }
    if (!context.account) throw new AppError('UNAUTHENTICATED', 'U bent niet ingelogd. Log in om verder te gaan.');
    if (roles.length > 0 && !roles.some((role) => context.account?.roles.includes(role))) {
      throw new AppError('FORBIDDEN', 'U hebt geen toegang tot deze gegevens of handeling.');
    }
    return true;
  }
}
