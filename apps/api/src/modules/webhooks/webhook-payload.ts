import type { CalendarDate, QualificationLevel, RegisterEvent, RegistrationStatus, RegistrationTitle } from '@srpo/domain';

/**
 * The public facts of an entry a delivery carries (DESIGN §5's public entry, without the name: a
 * receiver knows whom it follows by register number, and no event row holds a name to anonymise later).
 */
export interface WebhookEntryFacts {
  registerNumber: string;
  status: RegistrationStatus;
  previousStatus: RegistrationStatus | null;
  title: RegistrationTitle;
  level: QualificationLevel | null;
  aspirant: boolean;
  registeredOn: CalendarDate;
  reRegistrationDue: CalendarDate | null;
}

/** The JSON body of a delivery, exactly as signed and sent (and sent again on a replay). */
export function deliveryBody(event: { id: string; event: RegisterEvent; occurredOn: CalendarDate; test: boolean; entry: WebhookEntryFacts }): string {
  const { registerNumber, ...entry } = event.entry;
  return JSON.stringify({ id: event.id, type: event.event, occurredOn: event.occurredOn, test: event.test, registerNumber, entry });
}
