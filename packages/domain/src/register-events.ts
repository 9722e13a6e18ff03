import type { CalendarDate } from './calendar-date';
import type { RegistrationStatus } from './enums';

/**
 * A change of a leader's public entry that third parties may subscribe to (webhooks, issue 12). The
 * codes are a public contract: add, never rename.
 */
export const RegisterEvent = {
  REGISTERED: 'REGISTERED',
  CONDITIONAL: 'CONDITIONAL',
  EXPIRED: 'EXPIRED',
  RE_REGISTERED: 'RE_REGISTERED',
  DEREGISTERED: 'DEREGISTERED',
} as const;
export type RegisterEvent = (typeof RegisterEvent)[keyof typeof RegisterEvent];

/** What the public register shows of a leader on a day, as far as events are concerned. */
export interface ShownStatus {
  registrationId: string;
  status: RegistrationStatus;
  aspirant: boolean;
  /** The (re)registration date that opened the current period. */
  periodStartsOn: CalendarDate | null;
}

const REGISTERED: readonly RegistrationStatus[] = ['ACTIVE', 'CONDITIONAL', 'EXPIRED'];

/**
 * The event between what the register showed (`before`, null: no entry) and what it shows now
 * (`after`), or null when nothing subscribers care about changed:
 * - into the register (no entry, deregistered, or a new registration or an aspirant's full registration): REGISTERED;
 * - ACTIVE → CONDITIONAL (or back from EXPIRED by a deferral): CONDITIONAL; into EXPIRED: EXPIRED;
 * - back to ACTIVE from CONDITIONAL or EXPIRED, or a later period of the same full registration
 *   (re-registration approved before the due date): RE_REGISTERED;
 * - out of the register: DEREGISTERED. An entry that disappears, or first appears deregistered, is no event.
 */
export function registerEventBetween(before: ShownStatus | null, after: ShownStatus | null): RegisterEvent | null {
  if (!after) return null;
  const wasRegistered = before !== null && REGISTERED.includes(before.status);
  if (after.status === 'DEREGISTERED') return wasRegistered ? 'DEREGISTERED' : null;
  if (!wasRegistered) return 'REGISTERED';
  if (before.registrationId !== after.registrationId || (before.aspirant && !after.aspirant)) return 'REGISTERED';
  if (after.status === before.status) {
    const laterPeriod = after.status === 'ACTIVE' && !after.aspirant && before.periodStartsOn !== null && after.periodStartsOn !== null && after.periodStartsOn > before.periodStartsOn;
    return laterPeriod ? 'RE_REGISTERED' : null;
  }
  if (after.status === 'ACTIVE') return 'RE_REGISTERED';
  return after.status === 'CONDITIONAL' ? 'CONDITIONAL' : 'EXPIRED';
}
