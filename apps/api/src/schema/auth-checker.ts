import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { RequestContext } from '../context';
import { AppError } from '../http/errors';
import type { Role } from '../modules/accounts/role';

/**
 * The one authorization check behind every `@Authorized(...)`: a session is required, and with roles
 * listed the account must hold at least one of them.
 */
export class AuthChecker implements AuthCheckerInterface<RequestContext, Role> {
  check({ context }: ResolverData<RequestContext>, roles: Role[]): boolean {
    if (!context.account) throw new AppError('UNAUTHENTICATED', 'U bent niet ingelogd. Log in om verder te gaan.');
    if (roles.length > 0 && !roles.some((role) => context.account?.roles.includes(role))) {
      throw new AppError('FORBIDDEN', 'U hebt geen toegang tot deze gegevens of handeling.');
    }
    return true;
  }
}
