import { formatDateInWords, timeInAmsterdam, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { formatDutchDate, objectionLine } from '../letters/letter-text';
import type { LetterInput } from '../letters/letter.service';
import type { CaseThemeFacts } from './portfolio-case.access';
import type { PortfolioCase } from './portfolio-case.entity';

/** An amount in euro as the register writes it: "€ 450,00". */
export function formatEuro(cents: number): string {
  return new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100).replace(/\u00a0/g, ' ');
}

/** A moment as a Dutch letter writes it, in the register's time zone: "7 mei 2027 om 14.30 uur". */
export function formatDutchMoment(instant: Date): string {
  return `${formatDateInWords(todayInAmsterdam(instant))} om ${timeInAmsterdam(instant).replace(':', '.')} uur`;
}

function themeName(theme: CaseThemeFacts): string {
  return `thema ${theme.code} „${theme.name}”`;
}

function themeList(themes: readonly CaseThemeFacts[]): string {
  const names = themes.map(themeName);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} en ${names.at(-1)}` : (names[0] ?? '');
}

interface LetterFacts {
  row: PortfolioCase;
  themes: readonly CaseThemeFacts[];
  organisationName: string;
}

function base(facts: LetterFacts, kind: string, subject: string, paragraphs: string[]): LetterInput {
  return { leaderId: facts.row.leaderId, kind, subject, paragraphs, relatedEntity: 'portfolio_case', relatedId: facts.row.id };
}

/**
 * The assessment of a round (both assessors, every theme): sufficient, on to the interview; or
 * insufficient, with the assessors' feedback per theme, whether a resubmission is left, and the
 * objection line (the insufficient assessment is a decision open to objection).
 */
export function assessmentLetter(
  facts: LetterFacts,
  decidedOn: CalendarDate,
  sufficient: boolean,
  feedback: readonly { themeCode: string; text: string }[],
  resubmission: { allowed: boolean; feeCents: number },
): LetterInput {
  const opening = `De assessoren van ${facts.organisationName} hebben uw portfolio voor ${themeList(facts.themes)} beoordeeld.`;
  if (sufficient) {
    return base(facts, 'PORTFOLIO_ASSESSMENT', 'Uw portfolio voldoet aan de minimale eisen', [
      opening,
      'Uw portfolio voldoet aan de minimale eisen. De volgende stap is het validatiegesprek; u ontvangt een uitnodiging met datum, tijd en plaats.',
    ]);
  }
  const byTheme = facts.themes.flatMap((theme) =>
    feedback.filter((entry) => entry.themeCode === theme.code).map((entry) => `Feedback bij ${themeName(theme)}: ${entry.text}`),
  );
  const next = resubmission.allowed
    ? `U kunt uw portfolio één keer aangepast opnieuw indienen${resubmission.feeCents > 0 ? `; ${facts.organisationName} rekent daarvoor ${formatEuro(resubmission.feeCents)}` : ''}.`
    : 'Dit portfolio kan niet nog eens opnieuw worden ingediend. U kunt later een nieuw portfoliodossier openen.';
  return base(facts, 'PORTFOLIO_ASSESSMENT', 'Uw portfolio voldoet nog niet aan de minimale eisen', [
    opening,
    'Uw portfolio voldoet nog niet aan de minimale eisen.',
    ...byTheme,
    next,
    objectionLine(decidedOn),
  ]);
}

/** The invitation to the validation interview. */
export function interviewLetter(facts: LetterFacts, moved: boolean): LetterInput {
  const { row } = facts;
  return base(facts, 'PORTFOLIO_INTERVIEW', moved ? 'Uw validatiegesprek is verplaatst' : 'Uitnodiging voor uw validatiegesprek', [
    moved
      ? `${facts.organisationName} heeft het validatiegesprek over uw portfolio voor ${themeList(facts.themes)} verplaatst.`
      : `Uw portfolio voor ${themeList(facts.themes)} voldoet aan de minimale eisen. ${facts.organisationName} nodigt u uit voor het validatiegesprek.`,
    `Het gesprek is op ${formatDutchMoment(row.interviewStartsAt!)}, locatie: ${row.interviewLocation ?? ''}. Het duurt ongeveer ${row.interviewMinutes ?? 0} minuten.`,
    'Uw twee assessoren voeren het gesprek en beslissen daarna samen over elk thema.',
  ]);
}

/** The outcome per theme with grounds; validated themes count as completed on the decision date. Open to objection. */
export function outcomeLetter(facts: LetterFacts, decidedOn: CalendarDate): LetterInput {
  const decided = facts.themes.filter((theme) => theme.outcome !== null);
  const validated = decided.filter((theme) => theme.outcome === 'VALIDATED');
  const paragraphs = [
    `De assessoren van ${facts.organisationName} hebben na het validatiegesprek beslist over uw portfolio.`,
    ...decided.map(
      (theme) => `${themeName(theme).replace(/^t/, 'T')}: ${theme.outcome === 'VALIDATED' ? 'gevalideerd' : 'niet gevalideerd'}. Motivering: ${theme.grounds ?? ''}`,
    ),
  ];
  if (validated.length > 0) {
    paragraphs.push(
      `${validated.length > 1 ? 'De gevalideerde thema’s tellen' : 'Het gevalideerde thema telt'} als afgerond via informeel leren op ${formatDutchDate(decidedOn)}, met ${facts.organisationName} als bron.`,
    );
  }
  if (validated.length < decided.length) paragraphs.push('Voor een thema dat niet is gevalideerd, kunt u later een nieuw portfoliodossier openen.');
  paragraphs.push(objectionLine(decidedOn));
  const subject =
    validated.length === 0 ? 'Uw portfolio is niet gevalideerd' : validated.length < decided.length ? 'Uw portfolio is gedeeltelijk gevalideerd' : 'Uw portfolio is gevalideerd';
  return base(facts, 'PORTFOLIO_OUTCOME', subject, paragraphs);
}
