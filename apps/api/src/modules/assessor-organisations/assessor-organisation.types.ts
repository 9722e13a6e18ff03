import type { CalendarDate } from '@srpo/domain';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../schema/connection';
import { DateScalar } from '../../schema/date.scalar';

@ObjectType('AssessorFeeSchedule', { description: 'An assessor organisation’s own fees per portfolio case, in euro cents (DESIGN §3.6).' })
export class AssessorFeeScheduleType {
  @Field(() => Int, { description: 'Charged once per case.' })
  oneOffCents: number;

  @Field(() => Int, { description: 'Charged per theme of the case.' })
  perThemeCents: number;

  @Field(() => Int, { description: 'Charged per validation interview.' })
  perInterviewCents: number;

  @Field(() => Int, { description: 'Charged when an insufficient portfolio is submitted again.' })
  resubmissionCents: number;
}

/**
 * An assessor organisation: certified by the register for a period to assess portfolios of informal
 * learning. Resolved from the entity: `certifiedToday` and `feeSchedule` are field resolvers, so any
 * module can return the entity where this type is asked for.
 */
@ObjectType('AssessorOrganisation', { description: 'An organisation the register certified, for a period, to assess portfolios of informal learning (DESIGN §3.6).' })
export class AssessorOrganisationType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'Chamber of Commerce (KvK) number, eight digits; unique.' })
  kvkNumber: string;

  @Field(() => String)
  contactEmail: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => DateScalar, { description: 'First day of the certification by the register.' })
  certifiedFrom: CalendarDate;

  @Field(() => DateScalar, { description: 'Last day of the certification (inclusive).' })
  certifiedUntil: CalendarDate;
}

export const AssessorOrganisationConnectionType = ConnectionType('AssessorOrganisation', AssessorOrganisationType, 'Assessor organisations by name.');
export type AssessorOrganisationConnectionType = InstanceType<typeof AssessorOrganisationConnectionType>;

@ObjectType('AssessorSummary', { description: 'An assessor: an active ASSESSOR account of an assessor organisation.' })
export class AssessorSummaryType {
  @Field(() => ID, { description: 'The account id.' })
  id: string;

  @Field(() => String)
  displayName: string;
}

@InputType('AssessorFeeScheduleInput', { description: 'Fees in euro cents, each from 0 to 1,000,000 (ASSESSOR_FEE_OUT_OF_RANGE).' })
export class AssessorFeeScheduleInput {
  @Field(() => Int)
  oneOffCents: number;

  @Field(() => Int)
  perThemeCents: number;

  @Field(() => Int)
  perInterviewCents: number;

  @Field(() => Int)
  resubmissionCents: number;
}

@InputType('AssessorOrganisationInput')
export class AssessorOrganisationInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'Eight digits (KVK_NUMBER_INVALID); spaces are ignored.' })
  kvkNumber: string;

  @Field(() => String)
  contactEmail: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => DateScalar)
  certifiedFrom: CalendarDate;

  @Field(() => DateScalar, { description: 'Not before `certifiedFrom` (CERTIFICATION_PERIOD_REVERSED).' })
  certifiedUntil: CalendarDate;

  @Field(() => AssessorFeeScheduleInput)
  feeSchedule: AssessorFeeScheduleInput;
}
