import type { CalendarDate, QualificationLevel as QualificationLevelValue } from '@srpo/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../schema/connection';
import { DateScalar } from '../../schema/date.scalar';
import { QualificationLevel } from '../../schema/domain-enums';
import type { OfferingKind as OfferingKindValue } from '../offerings/offering.entity';
import { OfferingKind } from '../offerings/offering.types';
import { PublicThemeRefType } from '../public-register/public-register.types';

// Read-only types of the public catalogue: only public facts, never contact details of the owner.

@ObjectType('PublicOfferingOwner', { description: 'The provider or board offering it: public name and website only.' })
export class PublicOfferingOwnerType {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  website: string | null;
}

@ObjectType('PublicExecution', { description: 'An upcoming execution of a certified offering.' })
export class PublicExecutionType {
  @Field(() => ID)
  id: string;

  @Field(() => DateScalar)
  startsOn: CalendarDate;

  @Field(() => DateScalar)
  endsOn: CalendarDate;

  @Field(() => String, { nullable: true, description: 'Place; null when online only.' })
  location: string | null;

  @Field(() => Boolean)
  online: boolean;

  @Field(() => Int, { nullable: true, description: 'Number of places.' })
  capacity: number | null;
}

@ObjectType('PublicOffering', { description: 'An offering certified today, with the themes and subthemes one completion credits.' })
export class PublicOfferingType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => OfferingKind)
  kind: OfferingKindValue;

  @Field(() => QualificationLevel, { nullable: true, description: 'The level a programme leads to.' })
  leadsToLevel: QualificationLevelValue | null;

  @Field(() => String)
  description: string;

  @Field(() => Int, { nullable: true })
  hours: number | null;

  @Field(() => String, { description: 'What a participant can do afterwards, as certified; empty when not given.' })
  learningGoals: string;

  @Field(() => String, { description: 'The programme, as certified; empty when not given.' })
  programme: string;

  @Field(() => Int, { nullable: true, description: 'Price per participant in euro cents, VAT included; null when not given.' })
  priceCents: number | null;

  @Field(() => PublicOfferingOwnerType)
  owner: PublicOfferingOwnerType;

  @Field(() => DateScalar, { description: 'First day of the certification in force.' })
  certifiedFrom: CalendarDate;

  @Field(() => DateScalar, { description: 'Last day of the certification in force (inclusive).' })
  certifiedUntil: CalendarDate;

  @Field(() => [PublicThemeRefType], { description: 'Whole themes a completion credits.' })
  themes: PublicThemeRefType[];

  @Field(() => [PublicThemeRefType], { description: 'Subthemes a completion credits.' })
  subthemes: PublicThemeRefType[];

  @Field(() => [PublicExecutionType], { description: 'Executions that have not ended yet, by start date.' })
  upcomingExecutions: PublicExecutionType[];

  @Field(() => [PublicExecutionType], { description: 'Executions that ended in the past year, most recent first (for certificates).' })
  recentExecutions: PublicExecutionType[];
}

export const OfferingConnectionType = ConnectionType('Offering', PublicOfferingType, 'Certified offerings, by title.');
export type OfferingConnectionType = InstanceType<typeof OfferingConnectionType>;
