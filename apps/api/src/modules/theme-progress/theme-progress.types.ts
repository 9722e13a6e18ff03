import type {
  CalendarDate,
  InformalValidationMethod as MethodValue,
  LearningRoute as LearningRouteValue,
  QualificationLevel as QualificationLevelValue,
  ReRegistrationRoute as RouteValue,
} from '@srpo/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../schema/date.scalar';
import { InformalValidationMethod, LearningRoute, QualificationLevel, ReRegistrationRoute } from '../../schema/domain-enums';
import { ThemeRefType } from '../offerings/offering.types';

@ObjectType('InformalValidationSource', {
  description: 'Where an informal validation that completed a theme came from (DESIGN §3.6): a portfolio validated by an assessor organisation, or a peer validation session.',
})
export class InformalValidationSourceType {
  @Field(() => InformalValidationMethod)
  method: MethodValue;

  @Field(() => String, { nullable: true, description: 'The assessor organisation (portfolio); null for peer validation.' })
  organisationName: string | null;

  @Field(() => DateScalar, { description: 'The decision date (portfolio) or the session date (peer validation).' })
  validatedOn: CalendarDate;
}

@ObjectType('ThemeProgressItem', { description: 'One theme in the current period: completed (when and how) or which subthemes are still missing.' })
export class ThemeProgressItemType {
  @Field(() => ThemeRefType)
  theme: ThemeRefType;

  @Field(() => Boolean)
  completed: boolean;

  @Field(() => DateScalar, { nullable: true })
  completedOn: CalendarDate | null;

  @Field(() => LearningRoute, { nullable: true })
  route: LearningRouteValue | null;

  @Field(() => String, { nullable: true, description: 'WHOLE_THEME, ALL_SUBTHEMES or INFORMAL_VALIDATION.' })
  basis: string | null;

  @Field(() => InformalValidationSourceType, { nullable: true, description: 'The source when an informal validation completed the theme (basis INFORMAL_VALIDATION).' })
  informalSource: InformalValidationSourceType | null;

  @Field(() => [ThemeRefType], { description: 'Subthemes covered by counted completions in the period.' })
  coveredSubthemes: ThemeRefType[];

  @Field(() => [ThemeRefType], { description: 'Subthemes still missing to complete the theme via subthemes (empty when completed).' })
  missingSubthemes: ThemeRefType[];
}

@ObjectType('RuleReason', { description: 'A rule’s reason: its code (see the error catalogue) and its Dutch message, dates written the Dutch way.' })
export class RuleReasonType {
  @Field(() => String)
  code: string;

  @Field(() => String)
  message: string;
}

@ObjectType('ReRegistrationEvaluation', { description: 'The domain’s answer whether the leader can re-register now, and why.' })
export class ReRegistrationEvaluationType {
  @Field(() => Boolean)
  eligible: boolean;

  @Field(() => ReRegistrationRoute, { nullable: true })
  route: RouteValue | null;

  @Field(() => Int, { description: 'Distinct themes completed in the period.' })
  themesCompleted: number;

  @Field(() => Int)
  themesMissing: number;

  @Field(() => Int)
  themesRequired: number;

  @Field(() => DateScalar, { nullable: true })
  nextDueDate: CalendarDate | null;

  @Field(() => QualificationLevel, { nullable: true, description: 'Level after re-registration when the route raises it.' })
  newLevel: QualificationLevelValue | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day of EXPIRED if not re-registered before it.' })
  expiresOn: CalendarDate | null;

  @Field(() => [RuleReasonType], { description: 'Why not eligible (empty when eligible).' })
  reasons: RuleReasonType[];

  @Field(() => [String], { description: 'Dutch sentences explaining the outcome.' })
  explanation: string[];
}

@ObjectType('ThemeProgressCompletion', { description: 'One recorded completion of the leader: what it credits and whether it counts in this period.' })
export class ThemeProgressCompletionType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  offeringTitle: string;

  @Field(() => DateScalar)
  completedOn: CalendarDate;

  @Field(() => [String], { description: 'Codes of the themes and subthemes the offering is certified for.' })
  credits: string[];

  @Field(() => Boolean, { description: 'Whether it counts towards re-registration in the current period.' })
  counts: boolean;

  @Field(() => [String], { description: 'Why it does not count (the domain’s reasons, in Dutch with Dutch dates); empty when it counts.' })
  notCountedReasons: string[];
}

@ObjectType('ThemeProgressValidation', {
  description: 'One informal validation of the leader (portfolio or peer validation): the theme it credits and whether it counts in this period.',
})
export class ThemeProgressValidationType {
  @Field(() => ID)
  id: string;

  @Field(() => ThemeRefType)
  theme: ThemeRefType;

  @Field(() => InformalValidationSourceType)
  source: InformalValidationSourceType;

  @Field(() => Boolean, { description: 'Whether it counts towards re-registration in the current period.' })
  counts: boolean;

  @Field(() => [String], { description: 'Why it does not count (the domain’s reasons, in Dutch with Dutch dates); empty when it counts.' })
  notCountedReasons: string[];
}

@ObjectType('ThemeProgress', { description: 'A leader’s theme progress in the current registration period.' })
export class ThemeProgressType {
  @Field(() => DateScalar, { nullable: true })
  periodStartsOn: CalendarDate | null;

  @Field(() => DateScalar, { nullable: true })
  dueDate: CalendarDate | null;

  @Field(() => [ThemeProgressItemType])
  themes: ThemeProgressItemType[];

  @Field(() => ReRegistrationEvaluationType)
  evaluation: ReRegistrationEvaluationType;

  @Field(() => [ThemeProgressCompletionType], { description: 'The leader’s recorded completions, newest first (none for a what-if).' })
  completions: ThemeProgressCompletionType[];

  @Field(() => [ThemeProgressValidationType], { description: 'The leader’s informal validations, newest first (none for a what-if).' })
  informalValidations: ThemeProgressValidationType[];
}
