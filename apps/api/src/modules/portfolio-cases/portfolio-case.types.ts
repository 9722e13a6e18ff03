import type { CalendarDate, PortfolioFeeKind as PortfolioFeeKindValue, PortfolioState } from '@srpo/domain';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../schema/connection';
import { DateScalar } from '../../schema/date.scalar';

export const PortfolioCaseState = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  INSUFFICIENT: 'INSUFFICIENT',
  SUFFICIENT: 'SUFFICIENT',
  INTERVIEW_PLANNED: 'INTERVIEW_PLANNED',
  VALIDATED: 'VALIDATED',
  NOT_VALIDATED: 'NOT_VALIDATED',
} as const satisfies Record<PortfolioState, PortfolioState>;

registerEnumType(PortfolioCaseState, {
  name: 'PortfolioCaseState',
  description:
    'DRAFT (the leader adds the portfolio) → SUBMITTED (assessors check it) → SUFFICIENT or INSUFFICIENT (feedback; one resubmission) → INTERVIEW_PLANNED → VALIDATED (at least one theme validated) or NOT_VALIDATED.',
});

export const PortfolioFeeKind = {
  ONE_OFF: 'ONE_OFF',
  PER_THEME: 'PER_THEME',
  RESUBMISSION: 'RESUBMISSION',
  INTERVIEW: 'INTERVIEW',
} as const satisfies Record<PortfolioFeeKindValue, PortfolioFeeKindValue>;

registerEnumType(PortfolioFeeKind, {
  name: 'PortfolioFeeKind',
  description: 'ONE_OFF and PER_THEME (charged at submission), RESUBMISSION, INTERVIEW (charged when the interview is planned).',
});

export const PortfolioThemeOutcome = { VALIDATED: 'VALIDATED', NOT_VALIDATED: 'NOT_VALIDATED' } as const;
registerEnumType(PortfolioThemeOutcome, { name: 'PortfolioThemeOutcome', description: 'The decided outcome of one theme of a portfolio case.' });

@ObjectType('PortfolioChecklist', { description: 'The minimum requirements of a portfolio (DESIGN §3.6) as an assessor recorded them.' })
export class PortfolioChecklistType {
  @Field(() => Boolean, { description: 'Worked out following the fixed structure.' })
  followsFixedStructure: boolean;

  @Field(() => Boolean, { description: 'Shows the development on the theme, using the school-leader competences.' })
  showsDevelopment: boolean;

  @Field(() => Int, { description: 'Colleagues whose feedback is in the reflection (at least 2).' })
  colleagueFeedbackCount: number;

  @Field(() => Int, { description: 'Sources used (at least 4) …' })
  sourceCount: number;

  @Field(() => Int, { description: '… of which literature (at least 2).' })
  literatureSourceCount: number;

  @Field(() => Int, { description: 'Pieces of evidence (5 to 10).' })
  evidenceCount: number;

  @Field(() => Int, { description: 'Words excluding appendices (at most 3000).' })
  wordCount: number;

  @Field(() => Boolean, { description: 'Clear wording, sentence structure and spelling.' })
  clearWriting: boolean;

  @Field(() => Boolean, { description: "Learning goals and reflection written from the leader's own role." })
  ownRoleCentral: boolean;
}

@InputType('PortfolioChecklistInput', { description: 'The minimum requirements of a portfolio (DESIGN §3.6), as the assessor found them.' })
export class PortfolioChecklistInput {
  @Field(() => Boolean)
  followsFixedStructure: boolean;

  @Field(() => Boolean)
  showsDevelopment: boolean;

  @Field(() => Int)
  colleagueFeedbackCount: number;

  @Field(() => Int)
  sourceCount: number;

  @Field(() => Int)
  literatureSourceCount: number;

  @Field(() => Int)
  evidenceCount: number;

  @Field(() => Int)
  wordCount: number;

  @Field(() => Boolean)
  clearWriting: boolean;

  @Field(() => Boolean)
  ownRoleCentral: boolean;
}

@ObjectType('PortfolioAssessment', { description: "One assessor's checklist of one theme in one round; sufficient when every requirement is met." })
export class PortfolioAssessmentType {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '1 for the first submission, 2 after the resubmission.' })
  round: number;

  @Field(() => PortfolioChecklistType)
  checklist: PortfolioChecklistType;

  @Field(() => Boolean)
  sufficient: boolean;

  @Field(() => String, { nullable: true, description: 'Written feedback for the leader (required when insufficient).' })
  feedback: string | null;

  @Field(() => Date)
  recordedAt: Date;

  assessorId: string;
}

@ObjectType('PortfolioOutcomeProposal', { description: "One assessor's proposed outcome for a theme; the outcome is decided when both assessors agree." })
export class PortfolioOutcomeProposalType {
  @Field(() => Boolean)
  validated: boolean;

  @Field(() => String)
  grounds: string;

  @Field(() => Date)
  recordedAt: Date;

  assessorId: string;
}

@ObjectType('PortfolioCaseTheme', { description: 'A theme of a portfolio case: its portfolio documents, assessments and outcome.' })
export class PortfolioCaseThemeType {
  @Field(() => PortfolioThemeOutcome, { nullable: true, description: 'Null until both assessors agreed.' })
  outcome: 'VALIDATED' | 'NOT_VALIDATED' | null;

  @Field(() => String, { nullable: true, description: 'The grounds of the decided outcome.' })
  grounds: string | null;

  portfolioCaseId: string;
  themeId: string;
}

@ObjectType('PortfolioFeeLine', { description: "A fee of a case from the organisation's own schedule, in euro cents; paid by bank transfer." })
export class PortfolioFeeLineType {
  @Field(() => ID)
  id: string;

  @Field(() => PortfolioFeeKind)
  kind: PortfolioFeeKindValue;

  @Field(() => Int)
  quantity: number;

  @Field(() => Int)
  unitCents: number;

  @Field(() => Int)
  amountCents: number;

  @Field(() => DateScalar)
  chargedOn: CalendarDate;

  @Field(() => DateScalar, { nullable: true, description: 'When the organisation received the payment; null while outstanding.' })
  paidOn: CalendarDate | null;
}

@ObjectType('PortfolioCase', {
  description: "A leader's portfolio case (DESIGN §3.6) at a certified assessor organisation, for one or two themes.",
})
export class PortfolioCaseType {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Changes so far; send it back with a change (optimistic locking).' })
  version: number;

  @Field(() => PortfolioCaseState)
  state: PortfolioState;

  @Field(() => DateScalar)
  openedOn: CalendarDate;

  @Field(() => DateScalar, { nullable: true, description: 'The latest (re)submission.' })
  submittedOn: CalendarDate | null;

  @Field(() => Int, { description: 'Resubmissions so far (at most one).' })
  resubmissions: number;

  @Field(() => DateScalar, { nullable: true, description: "When the latest round's assessment was decided (both assessors, every theme)." })
  assessedOn: CalendarDate | null;

  @Field(() => Date, { nullable: true })
  interviewStartsAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'About 45 minutes for one theme, 75 for two.' })
  interviewMinutes: number | null;

  @Field(() => String, { nullable: true })
  interviewLocation: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The date of the outcome decision (null while open, and again after an upheld objection).' })
  decidedOn: CalendarDate | null;

  leaderId: string;
  assessorOrganisationId: string;
  firstAssessorId: string | null;
  secondAssessorId: string | null;
}

export const PortfolioCaseConnectionType = ConnectionType('PortfolioCase', PortfolioCaseType, 'Portfolio cases, oldest first.');
export type PortfolioCaseConnectionType = InstanceType<typeof PortfolioCaseConnectionType>;

@InputType('OpenPortfolioCaseInput')
export class OpenPortfolioCaseInput {
  @Field(() => ID, { description: 'A certified assessor organisation (certifiedAssessorOrganisations).' })
  assessorOrganisationId: string;

  @Field(() => [ID], { description: 'One or two themes; at most two themes in open cases at once.' })
  themeIds: string[];
}

@InputType('RecordPortfolioAssessmentInput')
export class RecordPortfolioAssessmentInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => ID)
  themeId: string;

  @Field(() => PortfolioChecklistInput)
  checklist: PortfolioChecklistInput;

  @Field(() => String, { nullable: true, description: 'Written feedback for the leader; required when the checklist is not met.' })
  feedback?: string | null;
}

@InputType('PortfolioThemeOutcomeInput')
export class PortfolioThemeOutcomeInput {
  @Field(() => ID)
  themeId: string;

  @Field(() => Boolean)
  validated: boolean;

  @Field(() => String)
  grounds: string;
}

@InputType('RecordPortfolioOutcomeInput')
export class RecordPortfolioOutcomeInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => [PortfolioThemeOutcomeInput], { description: 'Every theme still to decide, once.' })
  themes: PortfolioThemeOutcomeInput[];
}
