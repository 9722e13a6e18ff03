import { isAfter, type CalendarDate } from './calendar-date';
import { certificationEnd, isCertifiedOn, type CertificationPeriod } from './certification';
import type { QualificationLevel, QualificationRoute } from './enums';
import { fail, reason, resultOf, type Reason, type Result } from './reasons';
import { rulesOn, type RuleSet } from './rule-sets';

/** A basic qualification the register accepted: how, at which level, and since when (DESIGN §3.2). */
export interface Qualification {
  readonly route: QualificationRoute;
  readonly level: QualificationLevel;
  /** Date the qualification was obtained (diploma, assessment, EVC or committee decision date). */
  readonly obtainedOn: CalendarDate;
}

/** Evidence for the CERTIFIED_PROGRAMME route: a diploma of a programme certified by the register. */
export interface CertifiedProgrammeEvidence {
  readonly route: 'CERTIFIED_PROGRAMME';
  /** The level the programme leads to. */
  readonly programmeLevel: QualificationLevel;
  /** The programme's certification; without `validUntil` it lasts six years (2018 rules). */
  readonly certification: CertificationPeriod;
  readonly diplomaDate: CalendarDate;
}

/** Evidence for the ASSESSMENT route: an assessment by a certified provider. */
export interface AssessmentEvidence {
  readonly route: 'ASSESSMENT';
  readonly level: QualificationLevel;
  readonly providerCertification: CertificationPeriod;
  readonly assessedOn: CalendarDate;
}

/** Evidence for the EVC route: recognition of prior learning by a certified bureau. */
export interface EvcEvidence {
  readonly route: 'EVC';
  readonly level: QualificationLevel;
  readonly bureauCertification: CertificationPeriod;
  readonly certificateDate: CalendarDate;
}

/** Evidence for the DIPLOMA_EVALUATION route: the committee evaluated several diplomas and sets the level. */
export interface DiplomaEvaluationEvidence {
  readonly route: 'DIPLOMA_EVALUATION';
  readonly diplomas: readonly { readonly name: string; readonly obtainedOn: CalendarDate }[];
  /** Level set by the committee; null while undecided. */
  readonly committeeLevel: QualificationLevel | null;
  readonly decidedOn: CalendarDate;
}

/** Evidence for the NVAO_MASTER route: an accredited master aligned with the professional standard. */
export interface NvaoMasterEvidence {
  readonly route: 'NVAO_MASTER';
  readonly nvaoAccredited: boolean;
  readonly alignedWithStandard: boolean;
  readonly diplomaDate: CalendarDate;
}

/** Evidence for one of the five qualification routes. */
export type QualificationEvidence =
  | CertifiedProgrammeEvidence
  | AssessmentEvidence
  | EvcEvidence
  | DiplomaEvaluationEvidence
  | NvaoMasterEvidence;

function checkLevel(route: QualificationRoute, level: QualificationLevel, rules: RuleSet): Reason[] {
  return rules.routeLevels[route].includes(level) ? [] : [reason('LEVEL_NOT_AVAILABLE_FOR_ROUTE', { level })];
}

function checkNotFuture(date: CalendarDate, asOf: CalendarDate): Reason[] {
  return isAfter(date, asOf) ? [reason('DATE_IN_FUTURE', { date })] : [];
}

function checkCertified(period: CertificationPeriod, date: CalendarDate, rules: RuleSet, programme: boolean): Reason[] {
  if (isCertifiedOn(period, date, rules)) return [];
  return programme
    ? [reason('DIPLOMA_OUTSIDE_CERTIFICATION', { date, validFrom: period.validFrom, validUntil: certificationEnd(period, rules) })]
    : [reason('PROVIDER_NOT_CERTIFIED_ON_DATE', { date })];
}

/**
 * Checks evidence for a basic qualification (DESIGN §3.2) and returns the qualification it proves:
 * - CERTIFIED_PROGRAMME: the diploma date must fall inside the programme's certification period
 *   (both ends included; six years by default); level = the programme's level.
 * - ASSESSMENT / EVC: the provider or bureau must be certified on the assessment/certificate date.
 * - DIPLOMA_EVALUATION: at least one diploma and a level set by the committee (may be MASTER).
 * - NVAO_MASTER: NVAO-accredited and aligned with the professional standard → level MASTER.
 * Evidence dated after `asOf` never counts.
 */
export function evaluateQualification(evidence: QualificationEvidence, asOf: CalendarDate, rules: RuleSet = rulesOn(asOf)): Result<Qualification> {
  switch (evidence.route) {
    case 'CERTIFIED_PROGRAMME':
      return resultOf(
        [
          ...checkLevel(evidence.route, evidence.programmeLevel, rules),
          ...checkNotFuture(evidence.diplomaDate, asOf),
          ...checkCertified(evidence.certification, evidence.diplomaDate, rules, true),
        ],
        () => ({ route: evidence.route, level: evidence.programmeLevel, obtainedOn: evidence.diplomaDate }),
      );
    case 'ASSESSMENT':
      return resultOf(
        [
          ...checkLevel(evidence.route, evidence.level, rules),
          ...checkNotFuture(evidence.assessedOn, asOf),
          ...checkCertified(evidence.providerCertification, evidence.assessedOn, rules, false),
        ],
        () => ({ route: evidence.route, level: evidence.level, obtainedOn: evidence.assessedOn }),
      );
    case 'EVC':
      return resultOf(
        [
          ...checkLevel(evidence.route, evidence.level, rules),
          ...checkNotFuture(evidence.certificateDate, asOf),
          ...checkCertified(evidence.bureauCertification, evidence.certificateDate, rules, false),
        ],
        () => ({ route: evidence.route, level: evidence.level, obtainedOn: evidence.certificateDate }),
      );
    case 'DIPLOMA_EVALUATION': {
      const reasons: Reason[] = [...checkNotFuture(evidence.decidedOn, asOf)];
      if (evidence.diplomas.length === 0) reasons.push(reason('EVALUATION_WITHOUT_DIPLOMAS'));
      for (const diploma of evidence.diplomas) reasons.push(...checkNotFuture(diploma.obtainedOn, asOf));
      const level = evidence.committeeLevel;
      if (level === null) return fail(reason('EVALUATION_LEVEL_MISSING'), ...reasons);
      reasons.push(...checkLevel(evidence.route, level, rules));
      return resultOf(reasons, () => ({ route: evidence.route, level, obtainedOn: evidence.decidedOn }));
    }
    case 'NVAO_MASTER': {
      const reasons: Reason[] = [...checkNotFuture(evidence.diplomaDate, asOf)];
      if (!evidence.nvaoAccredited) reasons.push(reason('MASTER_NOT_NVAO_ACCREDITED'));
      if (!evidence.alignedWithStandard) reasons.push(reason('MASTER_NOT_ALIGNED_WITH_STANDARD'));
      return resultOf(reasons, () => ({ route: evidence.route, level: 'MASTER' as const, obtainedOn: evidence.diplomaDate }));
    }
  }
}

/** Whether a master counts as NVAO_MASTER evidence (§3.2, §3.5): accredited and aligned. */
export function isQualifyingMaster(evidence: Pick<NvaoMasterEvidence, 'nvaoAccredited' | 'alignedWithStandard'>): boolean {
  return evidence.nvaoAccredited && evidence.alignedWithStandard;
}

