import type { CalendarDate, QualificationLevel, RegistrationFacts, RegistrationTitle } from '@srpo/domain';
import type { RegistrationDeferral, RegistrationTitleChange, ReRegistration } from './registration-history.entity';
import type { Registration } from './registration.entity';

/** A registration row with the history rows the domain needs. */
export interface RegistrationWithHistory {
  registration: Registration;
  titleChanges: readonly RegistrationTitleChange[];
  reRegistrations: readonly ReRegistration[];
  deferrals: readonly RegistrationDeferral[];
}

/** Builds the domain's input from stored rows; the domain then derives status and due dates. */
export function toRegistrationFacts({ registration, reRegistrations, deferrals }: RegistrationWithHistory): RegistrationFacts {
  return {
    registeredOn: registration.registeredOn,
    title: registration.title,
    level: registration.level,
    aspirant: registration.aspirant,
    aspirantUntil: registration.aspirantUntil,
    fullRegistrationOn: registration.fullRegistrationOn,
    firstRegisteredOn: registration.firstRegisteredOn,
    reRegistrations: reRegistrations.map((row) => ({ approvedOn: row.approvedOn })),
    deferrals: deferrals.map((row) => ({ grantedOn: row.grantedOn, newDueDate: row.newDueDate })),
    deregisteredOn: registration.deregisteredOn,
  };
}

/** The part of a title change that `titleOn` reads. */
export type TitleChangeFact = Pick<RegistrationTitleChange, 'effectiveOn' | 'title' | 'level' | 'aspirant'>;

/** Title, level and aspirant flag in force on `date`, from the title history (null before registration). */
export function titleOn(
  titleChanges: readonly TitleChangeFact[],
  date: CalendarDate,
): { title: RegistrationTitle; level: QualificationLevel | null; aspirant: boolean } | null {
  let current: TitleChangeFact | undefined;
  for (const change of titleChanges) {
    if (change.effectiveOn <= date && (!current || change.effectiveOn > current.effectiveOn)) current = change;
  }
  return current ? { title: current.title, level: current.level, aspirant: current.aspirant } : null;
}
