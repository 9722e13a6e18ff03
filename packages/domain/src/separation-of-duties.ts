import { fail, ok, reason, type Result } from './reasons';

/**
 * Separation of duties (DESIGN §6): nobody decides on their own case, whatever roles the account
 * holds. A committee member who is also a leader does not decide on their own application, an
 * officer does not decide on their own deferral or objection, and a provider's employee who also sits
 * on the committee does not certify that provider's offerings.
 */

/** Who is about to decide: the account and, when it has them, the leader and provider it acts as. */
export interface Decider {
  readonly accountId: string;
  readonly leaderId?: string | null;
  readonly providerId?: string | null;
  readonly boardId?: string | null;
}

/** Whose case it is: the accounts, leader or provider that filed it or that it is about. */
export interface CaseParties {
  readonly accountIds?: readonly (string | null | undefined)[];
  readonly leaderId?: string | null;
  readonly providerId?: string | null;
  /** A board that offers training itself (an offering's owner can be a board). */
  readonly boardId?: string | null;
}

/** Whether the decider is a party to the case. */
export function isOwnCase(decider: Decider, parties: CaseParties): boolean {
  const same = (a: string | null | undefined, b: string | null | undefined) => Boolean(a) && a === b;
  return (
    (parties.accountIds ?? []).some((id) => same(id, decider.accountId)) ||
    same(parties.leaderId, decider.leaderId) ||
    same(parties.providerId, decider.providerId) ||
    same(parties.boardId, decider.boardId)
  );
}

/** `ok` when someone else's case; `OWN_CASE` otherwise. */
export function checkNotOwnCase(decider: Decider, parties: CaseParties): Result<true> {
  return isOwnCase(decider, parties) ? fail(reason('OWN_CASE')) : ok(true);
}
