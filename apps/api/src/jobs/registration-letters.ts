import { addDays, addMonths, daysBetween, titleNameWithAbbreviation, type CalendarDate, type RegistrationTitle, type Reminder } from '@srpo/domain';
import { formatDutchDate } from '../modules/letters/letter-text';
import type { LetterInput } from '../modules/letters/letter.service';

// The texts of the letters the daily job writes (DESIGN §3.3). Dutch; no salutation or closing (the letter adds those).


const NUMBER_WORDS = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien'];

function counted(count: number, one: string, other: string): string {
  return `${NUMBER_WORDS[count] ?? count} ${count === 1 ? one : other}`;
}

/**
 * The true time from `today` until `dueDate`, in Dutch: days under two weeks, whole weeks up to twelve,
 * then whole months; "ruim" when there is more ("over ruim drie maanden"). A reminder can be sent later
 * than planned (a missed run, a new due date), so the time is computed, never assumed from its kind.
 */
export function timeUntil(today: CalendarDate, dueDate: CalendarDate): string {
  const days = daysBetween(today, dueDate);
  const weeks = Math.floor(days / 7);
  if (weeks < 2) return `over ${counted(days, 'dag', 'dagen')}`;
  if (weeks <= 12) return `over ${days % 7 > 0 ? 'ruim ' : ''}${counted(weeks, 'week', 'weken')}`;
  let months = 0;
  while (addMonths(today, months + 1) <= dueDate) months += 1;
  return `over ${addMonths(today, months) < dueDate ? 'ruim ' : ''}${counted(months, 'maand', 'maanden')}`;
}

/** "A", "A en B", "A, B en C". */
function listInDutch(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

function themeCount(count: number): string {
  return `${count} ${count === 1 ? 'thema' : 'thema’s'}`;
}

/** What the leader has done in the period and what is still missing for re-registration by themes. */
function themesParagraph(reminder: Reminder, themeNames: ReadonlyMap<string, string>): string {
  if (reminder.eligible) {
    return 'U voldoet al aan de eisen voor herregistratie. Vraag de herregistratie nu aan, dan blijft uw registratie zonder onderbreking actief.';
  }
  const done = reminder.themesCompleted.map(
    (theme) =>
      `${themeNames.get(theme.themeCode) ?? theme.themeCode} (afgerond op ${formatDutchDate(theme.completedOn)}${theme.route === 'INFORMAL' ? ', via informeel leren' : ''})`,
  );
  const progress =
    done.length === 0
      ? `U hebt in deze registratieperiode nog geen van de ${themeCount(reminder.themesRequired)} afgerond die nodig zijn voor herregistratie.`
      : `U hebt in deze registratieperiode ${done.length} van de ${themeCount(reminder.themesRequired)} afgerond die nodig zijn voor herregistratie: ${listInDutch(done)}.`;
  return `${progress} Er ${reminder.themesMissing === 1 ? 'ontbreekt' : 'ontbreken'} nog ${themeCount(reminder.themesMissing)}.`;
}

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
      `Uw registratie als ${titleNameWithAbbreviation(ref.title)} moest uiterlijk op ${formatDutchDate(dueDate)} worden vernieuwd. Wij hebben nog geen goedgekeurde herregistratie van u, daarom staat uw registratie vanaf ${formatDutchDate(today)} onder voorwaarden. Dat is ook zo te zien in het openbare register.`,
      `Vraag zo spoedig mogelijk herregistratie aan. Is uw herregistratie niet uiterlijk op ${formatDutchDate(addDays(expiresOn, -1))} goedgekeurd, dan verloopt uw registratie op ${formatDutchDate(expiresOn)}.`,
      'Hebt u vragen, of kunt u door bijzondere omstandigheden niet op tijd herregistreren? Neem dan contact met ons op; u kunt ook uitstel aanvragen.',
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
      `Uw registratie als ${titleNameWithAbbreviation(ref.title)} had uiterlijk op ${formatDutchDate(dueDate)} vernieuwd moeten worden en stond daarna zes maanden onder voorwaarden. Omdat er geen herregistratie is goedgekeurd, is uw herregistratie vanaf ${formatDutchDate(today)} verlopen. In het openbare register staat nu "herregistratie verlopen".`,
      'U kunt nog steeds herregistratie aanvragen; zodra die is goedgekeurd, is uw registratie weer actief.',
    ],
  };
}

/** A reminder before the due date, naming what is done and what is still missing (DESIGN §3.3). */
export function reminderLetter(ref: RegistrationRef, today: CalendarDate, reminder: Reminder, themeNames: ReadonlyMap<string, string>): LetterInput {
  return {
    leaderId: ref.leaderId,
    kind: `REMINDER_${reminder.kind}`,
    subject: `Herinnering: herregistratie uiterlijk ${formatDutchDate(reminder.dueDate)}`,
    datedOn: today,
    relatedEntity: 'registration',
    relatedId: ref.registrationId,
    paragraphs: [
      `Uw registratie als ${titleNameWithAbbreviation(ref.title)} moet uiterlijk op ${formatDutchDate(reminder.dueDate)} worden vernieuwd. Dat is ${timeUntil(today, reminder.dueDate)}.`,
      themesParagraph(reminder, themeNames),
      'Daarvoor telt elke afgeronde activiteit uit het gecertificeerde aanbod en elke validering van informeel leren. Zonder herregistratie komt uw registratie na de vervaldatum onder voorwaarden te staan.',
    ],
  };
}
