import {
  eligibility,
  evaluateReRegistration,
  fail,
  highestLevel,
  ok,
  type ApplicationKind,
  type CalendarDate,
  type QualificationLevel,
  type ReRegistrationEvaluation,
  type ReRegistrationEvidence,
  type ReRegistrationRoute,
  type RegistrationTitle,
  type Result,
} from '@srpo/domain';
import type { EntityManager } from 'typeorm';
import { AppError, ruleError } from '../../http/errors';
import type { Registration } from '../registrations/registration.entity';
import { toRegistrationFacts, type RegistrationWithHistory } from '../registrations/registration.facts';
import { loadRegistrationHistory } from '../registrations/registration.loaders';
import { loadReRegistrationEvidence, loadThemeCatalogue } from '../theme-progress/theme-evidence';
import type { RegistrationApplication } from './registration-application.entity';

/** What an approved re-registration records: the route that met §3.5 and the title and level from then on. */
export interface ReRegistrationGrant {
  route: ReRegistrationRoute;
  title: RegistrationTitle;
  level: QualificationLevel | null;
}

/** The domain's evaluation with the grant, when the rules allow the re-registration. */
export interface ReRegistrationDecisionBasis extends ReRegistrationGrant {
  evaluation: ReRegistrationEvaluation;
}

/** Input checks of create/update: the route belongs to (and is required for) a re-registration only. */
export function checkReRegistrationInput(kind: ApplicationKind, route: ReRegistrationRoute | null | undefined): void {
  if (kind === 'RE_REGISTRATION' && !route) {
    throw new AppError('BAD_USER_INPUT', 'Kies de route waarlangs u zich herregistreert.', { field: 'reRegistrationRoute' });
  }
  if (kind !== 'RE_REGISTRATION' && route) {
    throw new AppError('BAD_USER_INPUT', 'Een herregistratieroute hoort alleen bij een herregistratieaanvraag.', { field: 'reRegistrationRoute' });
  }
}

/** The diploma the leader offers for the chosen route, in the domain's terms; refused when a field is missing. */
function claimedDiploma(application: RegistrationApplication): Pick<ReRegistrationEvidence, 'masters' | 'programmes'> {
  const missing = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, { field });
  const { evidenceDate: diplomaDate } = application;
  switch (application.reRegistrationRoute) {
    case 'NVAO_MASTER':
      if (!diplomaDate) throw missing('evidenceDate', 'Vul de datum van het masterdiploma in.');
      return {
        masters: [{ id: application.id, diplomaDate, nvaoAccredited: application.nvaoAccredited ?? false, alignedWithStandard: application.alignedWithStandard ?? false }],
      };
    case 'VAKBEKWAAM_PROGRAMME':
      if (!diplomaDate) throw missing('evidenceDate', 'Vul de datum van het diploma van de opleiding in.');
      if (!application.claimedLevel) throw missing('claimedLevel', 'Vul het niveau van de opleiding in.');
      if (!application.certificationValidFrom) throw missing('certificationValidFrom', 'Vul de certificeringsperiode van de opleiding in.');
      return {
        programmes: [
          {
            id: application.id,
            diplomaDate,
            programmeLevel: application.claimedLevel,
            certification: { validFrom: application.certificationValidFrom, validUntil: application.certificationValidUntil },
          },
        ],
      };
    default:
      return {};
  }
}

/** What the §3.5 evaluation needs of the register, loaded for one or many leaders at once. */
export interface ReRegistrationEvidenceOf {
  history: RegistrationWithHistory;
  evidence: ReRegistrationEvidence;
}

/**
 * Whether the rules allow this re-registration on `asOf` (DESIGN §3.5), asked of the domain with the
 * registration's facts, the leader's counted completions (as theme progress loads them) and the
 * diploma of the chosen route. The title asked for must suit the function at the level after
 * re-registration (§3.1: the vakbekwaam route allows RDO). When the rules say no, the reasons of the
 * chosen route come first.
 */
export async function evaluateReRegistrationApplication(
  manager: EntityManager,
  application: RegistrationApplication,
  current: Registration | null,
  asOf: CalendarDate,
): Promise<Result<ReRegistrationDecisionBasis>> {
  if (!current) throw ruleError('NOT_REGISTERED', 'Herregistratie kan alleen met een bestaande registratie.');
  const [history] = await loadRegistrationHistory(manager, [current]);
  const evidence = await loadReRegistrationEvidence(manager, [current.leaderId], await loadThemeCatalogue(manager));
  return reRegistrationBasis(application, current, { history: history!, evidence: evidence.get(current.leaderId)! }, asOf);
}

/** The pure part of {@link evaluateReRegistrationApplication}, on evidence loaded beforehand (also in batches). */
export function reRegistrationBasis(
  application: RegistrationApplication,
  current: Registration,
  { history, evidence }: ReRegistrationEvidenceOf,
  asOf: CalendarDate,
): Result<ReRegistrationDecisionBasis> {
  const evaluation = evaluateReRegistration(toRegistrationFacts(history), { ...evidence, ...claimedDiploma(application) }, asOf);
  if (!evaluation.eligible || !evaluation.route) {
    const chosenFirst = application.reRegistrationRoute !== 'THEMES';
    const [first, ...rest] = [...evaluation.reasons].sort((a, b) =>
      chosenFirst ? Number(a.code === 'THEMES_INSUFFICIENT') - Number(b.code === 'THEMES_INSUFFICIENT') : 0,
    );
    return first ? fail(first, ...rest) : fail({ code: 'THEMES_INSUFFICIENT', message: evaluation.explanation.join(' ') });
  }
  const level = evaluation.newLevel ?? current.level;
  const titled = eligibility(
    { requestedTitle: application.requestedTitle },
    application.leaderFunction,
    level ? [{ route: 'CERTIFIED_PROGRAMME', level, obtainedOn: asOf }] : [],
    asOf,
  );
  if (!titled.ok) return titled;
  return ok({ route: evaluation.route, title: titled.value.title, level: titled.value.level, evaluation });
}

/**
 * What an approval as an exception records (the committee's justification replaces the rules): the
 * route and level the leader claimed, never below the current level, and the title asked for.
 */
export function exceptionalReRegistration(application: RegistrationApplication, current: Registration): ReRegistrationGrant {
  const route = application.reRegistrationRoute ?? 'THEMES';
  const claimed: QualificationLevel | null =
    route === 'NVAO_MASTER' ? 'MASTER' : route === 'VAKBEKWAAM_PROGRAMME' ? (application.claimedLevel ?? 'VAKBEKWAAM') : null;
  const level = highestLevel([current.level, claimed].filter((value): value is QualificationLevel => value !== null));
  return { route, title: application.requestedTitle, level };
}
