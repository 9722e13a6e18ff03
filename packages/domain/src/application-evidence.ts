import type { ApplicationKind, QualificationRoute, ReRegistrationRoute } from './enums';
import { fail, ok, reason, type Result } from './reasons';

/**
 * The documents an application must carry before staff may call it complete (DESIGN §3.2, §3.5):
 * the qualification's proof (diploma, assessment report, EVC certificate, the diplomas for the
 * committee's evaluation), proof of enrolment for an aspirant, the diploma of a master or vakbekwaam
 * programme for a re-registration through that route. A re-registration through three themes needs
 * no upload: its evidence is the completions the register already holds.
 */
export const EvidenceItem = {
  QUALIFICATION_PROOF: 'QUALIFICATION_PROOF',
  ENROLMENT_PROOF: 'ENROLMENT_PROOF',
  DIPLOMA: 'DIPLOMA',
} as const;
export type EvidenceItem = (typeof EvidenceItem)[keyof typeof EvidenceItem];

/** What decides the evidence an application needs and has. */
export interface ApplicationEvidenceFacts {
  readonly kind: ApplicationKind;
  readonly qualificationRoute: QualificationRoute | null;
  readonly reRegistrationRoute: ReRegistrationRoute | null;
  /** Documents uploaded with the application. */
  readonly documentCount: number;
}

/** One required piece of evidence and whether the application has it. */
export interface EvidenceRequirement {
  readonly item: EvidenceItem;
  readonly present: boolean;
}

/** The evidence this application needs, each with whether it is there (a document per item, in order). */
export function requiredEvidence(facts: ApplicationEvidenceFacts): EvidenceRequirement[] {
  const items: EvidenceItem[] = [];
  if (facts.kind === 'ASPIRANT') items.push('ENROLMENT_PROOF');
  else if (facts.kind === 'RE_REGISTRATION') {
    if (facts.reRegistrationRoute === 'NVAO_MASTER' || facts.reRegistrationRoute === 'VAKBEKWAAM_PROGRAMME') items.push('DIPLOMA');
  } else items.push('QUALIFICATION_PROOF');
  return items.map((item, index) => ({ item, present: facts.documentCount > index }));
}

/** Whether staff may mark the application complete: every required piece of evidence is there. */
export function checkEvidenceComplete(facts: ApplicationEvidenceFacts): Result<true> {
  const missing = requiredEvidence(facts).filter((requirement) => !requirement.present);
  return missing.length === 0 ? ok(true) : fail(reason('APPLICATION_EVIDENCE_MISSING'));
}
