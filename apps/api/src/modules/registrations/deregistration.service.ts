import type { CalendarDate } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { lockForChange } from '../../database/row-lock';
import { AppError } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { recordAudit } from '../audit/record-audit';
import { formatDutchDate } from '../letters/letter-text';
import { writeLetter } from '../letters/letter.service';
import { RegistrationStatusService } from './registration-status.service';
import { Registration } from './registration.entity';

/** Ends a registration (uitschrijven: leaving the profession) from a date, with the reason; audited and confirmed by letter. */
export async function deregister(
  dataSource: DataSource,
  actor: Account,
  today: CalendarDate,
  input: { registrationId: string; version: number; on: CalendarDate; reason: string },
): Promise<Registration> {
  const reason = input.reason.trim();
  if (!reason) throw new AppError('BAD_USER_INPUT', 'Geef de reden van de uitschrijving op.', { field: 'reason' });
  return dataSource.transaction(async (manager) => {
    const registration = await lockForChange(manager, Registration, input.registrationId, input.version, 'Deze registratie');
    if (registration.deregisteredOn) throw new AppError('CONFLICT', 'Deze registratie is al uitgeschreven.');
    if (input.on < registration.registeredOn) {
      throw new AppError('BAD_USER_INPUT', 'De uitschrijfdatum ligt vóór de registratiedatum.', { field: 'on' });
    }
    const before = { ...registration };
    registration.deregisteredOn = input.on;
    registration.deregistrationReason = reason;
    const saved = await manager.getRepository(Registration).save(registration);
    await new RegistrationStatusService(manager).refresh([saved], today);
    await recordAudit(manager, { actorAccountId: actor.id, entity: 'registration', entityId: saved.id, action: 'DEREGISTER', before, after: saved });
    await writeLetter(manager, {
      leaderId: saved.leaderId,
      kind: 'DEREGISTRATION',
      subject: 'Bevestiging van uw uitschrijving',
      paragraphs: [
        `Uw registratie in het Schoolleidersregister PO is beëindigd met ingang van ${formatDutchDate(input.on)}.`,
        `Reden: ${reason}`,
      ],
      relatedEntity: 'registration',
      relatedId: saved.id,
    });
    return manager.getRepository(Registration).findOneByOrFail({ id: saved.id });
  });
}
