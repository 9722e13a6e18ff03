import { addDays, type CalendarDate, type Reminder, type ReminderKind, type RegistrationTitle } from '@srpo/domain';
import { formatDutchDate } from '../modules/letters/letter-text';
import type { LetterInput } from '../modules/letters/letter.service';

// The texts of the letters the daily job writes (DESIGN §3.3). Dutch; no salutation or closing (the letter adds those).

const TITLE_NAMES: Record<RegistrationTitle, string> = {
  RDO: 'Registerdirecteur Onderwijs (RDO)',
  RADO: 'Registeradjunct-directeur Onderwijs (RADO)',
};

const REMINDER_LEAD: Record<ReminderKind, string> = {
  SIX_MONTHS_BEFORE: 'over zes maanden',
  TWELVE_WEEKS_BEFORE: 'over twaalf weken',
  SIX_WEEKS_BEFORE: 'over zes weken',
};

interface RegistrationRef {
  registrationId: string;
  leaderId: string;
  title: RegistrationTitle;
}

/** Entering CONDITIONAL ("onder voorwaarden"): apply for re-registration as soon as possible. */
export function conditionalLetter(ref: RegistrationRef, today: CalendarDate, dueDate: CalendarDate, expiresOn: CalendarDate): LetterInput {
  return {
    leaderId: ref.leaderId,
    kind: 'STATUS_CONDITIONAL',
    subject: 'Uw registratie staat onder voorwaarden',
    datedOn: today,
    relatedEntity: 'registration',
    relatedId: ref.registrationId,
    paragraphs: [
      `Uw registratie als ${TITLE_NAMES[ref.title]} moest uiterlijk op ${formatDutchDate(dueDate)} worden vernieuwd. Wij hebben nog geen goedgekeurde herregistratie van u, daarom staat uw registratie vanaf ${formatDutchDate(today)} onder voorwaarden. Dat is ook zo te zien in het openbare register.`,
      `Vraag zo spoedig mogelijk herregistratie aan. Is uw herregistratie niet uiterlijk op ${formatDutchDate(addDays(expiresOn, -1))} goedgekeurd, dan verloopt uw registratie op ${formatDutchDate(expiresOn)}.`,
      'Heeft u vragen, of kunt u door bijzondere omstandigheden niet op tijd herregistreren? Neem dan contact met ons op; u kunt ook uitstel aanvragen.',
    ],
  };
}

/** Entering EXPIRED ("herregistratie verlopen"). */
export function expiredLetter(ref: RegistrationRef, today: CalendarDate, dueDate: CalendarDate): LetterInput {
  return {
    leaderId: ref.leaderId,
    kind: 'STATUS_EXPIRED',
    subject: 'Herregistratie verlopen',
    datedOn: today,
    relatedEntity: 'registration',
    relatedId: ref.registrationId,
    paragraphs: [
      `Uw registratie als ${TITLE_NAMES[ref.title]} had uiterlijk op ${formatDutchDate(dueDate)} vernieuwd moeten worden en stond daarna zes maanden onder voorwaarden. Omdat er geen herregistratie is goedgekeurd, is uw herregistratie vanaf ${formatDutchDate(today)} verlopen. In het openbare register staat nu "herregistratie verlopen".`,
      'U kunt nog steeds herregistratie aanvragen; zodra die is goedgekeurd, is uw registratie weer actief.',
    ],
  };
}

/** A reminder before the due date, naming what is still missing (DESIGN §3.3). */
export function reminderLetter(ref: RegistrationRef, today: CalendarDate, reminder: Reminder): LetterInput {
  const missing = reminder.eligible
    ? ['U voldoet al aan de eisen voor herregistratie. Vraag de herregistratie nu aan, dan blijft uw registratie zonder onderbreking actief.']
    : ['Voor herregistratie ontbreekt nog:', ...reminder.missing.map((reason) => `• ${reason.message}`)];
  return {
    leaderId: ref.leaderId,
    kind: `REMINDER_${reminder.kind}`,
    subject: `Herinnering: herregistratie uiterlijk ${formatDutchDate(reminder.dueDate)}`,
    datedOn: today,
    relatedEntity: 'registration',
    relatedId: ref.registrationId,
    paragraphs: [
      `Uw registratie als ${TITLE_NAMES[ref.title]} moet ${REMINDER_LEAD[reminder.kind]}, uiterlijk op ${formatDutchDate(reminder.dueDate)}, worden vernieuwd.`,
      missing.join('\n'),
      'Daarvoor telt elke afgeronde activiteit uit het gecertificeerde aanbod en elke validering van informeel leren. Zonder herregistratie komt uw registratie na de vervaldatum onder voorwaarden te staan.',
    ],
  };
}
