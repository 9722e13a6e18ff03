import type { CalendarDate } from '@srpo/domain';
import type { LetterInput } from '../letters/letter.service';
import { formatDutchDate, objectionLine } from '../letters/letter-text';
import type { RegistrationApplication } from '../applications/registration-application.entity';
import type { Decision } from './decision.entity';

const KIND_TEXT: Record<RegistrationApplication['kind'], string> = {
  INITIAL: 'registratie',
  ASPIRANT: 'registratie als aspirant',
  LEVEL_CHANGE: 'niveauwijziging',
  RE_REGISTRATION: 'herregistratie',
};

/** The letter that announces a decision, with the objection deadline (§3.8); a re-registration names the next due date. */
export function decisionLetter(application: RegistrationApplication, decision: Decision, nextDueDate: CalendarDate | null = null): LetterInput {
  const what = KIND_TEXT[application.kind];
  const approved = decision.outcome === 'APPROVED';
  const approvedText =
    application.kind === 'RE_REGISTRATION'
      ? `Uw aanvraag is goedgekeurd. Uw registratie loopt door${nextDueDate ? `; uw volgende herregistratie is uiterlijk ${formatDutchDate(nextDueDate)}` : ''}.`
      : 'Uw aanvraag is goedgekeurd. U staat vanaf die datum in het openbare register.';
  return {
    leaderId: application.leaderId,
    kind: approved ? 'APPLICATION_APPROVED' : 'APPLICATION_REJECTED',
    subject: approved ? `Uw aanvraag voor ${what} is goedgekeurd` : `Uw aanvraag voor ${what} is afgewezen`,
    paragraphs: [
      `De Commissie Registratie heeft op ${formatDutchDate(decision.decidedOn)} besloten over uw aanvraag voor ${what} als ${application.requestedTitle}.`,
      approved
        ? approvedText
        : `Uw aanvraag is afgewezen. Motivering: ${decision.reasons ?? ''}`,
      objectionLine(decision.decidedOn),
    ],
    relatedEntity: 'decision',
    relatedId: decision.id,
  };
}
