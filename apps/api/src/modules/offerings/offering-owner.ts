import { AppError } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import type { Offering } from './offering.entity';

/** Who owns offerings: a provider (PROVIDER account) or a school board (BOARD account). */
export type OfferingOwner = { providerId: string; boardId: null } | { providerId: null; boardId: string };

/** The owner an account acts for; FORBIDDEN when the account is linked to neither a provider nor a board. */
export function ownerOfAccount(account: Account & { providerId?: string | null }): OfferingOwner {
  if (account.roles.includes(Role.PROVIDER) && account.providerId) return { providerId: account.providerId, boardId: null };
  if (account.roles.includes(Role.BOARD) && account.boardId) return { providerId: null, boardId: account.boardId };
  throw new AppError('FORBIDDEN', 'Aan dit account is geen aanbieder of bestuur gekoppeld.');
}

export function ownsOffering(owner: OfferingOwner, offering: Pick<Offering, 'providerId' | 'boardId'>): boolean {
  return owner.providerId !== null ? offering.providerId === owner.providerId : offering.boardId === owner.boardId;
}

/** Staff and the accreditation committee see every offering. */
export function isOfficer(account: Account): boolean {
  return account.roles.includes(Role.STAFF) || account.roles.includes(Role.COMMITTEE);
}

/** An offering the account may read: its own (as owner) or any (as officer); otherwise NOT_FOUND, never revealing others'. */
export function assertCanRead(account: Account, offering: Offering | null): Offering {
  if (offering && (isOfficer(account) || ownsOfferingSafe(account, offering))) return offering;
  throw new AppError('NOT_FOUND', 'Dit aanbod bestaat niet (meer).');
}

/** An offering the account may change: only its owner's. */
export function assertOwns(account: Account, offering: Offering | null): Offering {
  const owner = ownerOfAccount(account);
  if (offering && ownsOffering(owner, offering)) return offering;
  throw new AppError('NOT_FOUND', 'Dit aanbod bestaat niet (meer).');
}

function ownsOfferingSafe(account: Account, offering: Offering): boolean {
  try {
    return ownsOffering(ownerOfAccount(account), offering);
  } catch {
    return false;
  }
}
