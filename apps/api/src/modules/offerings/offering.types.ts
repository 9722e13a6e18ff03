import type { CalendarDate, QualificationLevel as QualificationLevelValue } from '@srpo/domain';
import { ConnectionType } from '../../schema/connection';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../schema/date.scalar';
import { QualificationLevel } from '../../schema/domain-enums';
import { OFFERING_KINDS, type OfferingKind as OfferingKindValue, type OfferingStatus as OfferingStatusValue } from './offering.entity';

export const OfferingKind = Object.fromEntries(OFFERING_KINDS.map((kind) => [kind, kind])) as { [K in OfferingKindValue]: K };
registerEnumType(OfferingKind, {
  name: 'OfferingKind',
  description:
    'BASIC_PROGRAMME (school-leader programme leading to basisbekwaam or vakbekwaam), VAKBEKWAAM_PROGRAMME, MASTER, COURSE, ASSESSMENT, EVC.',
});

export const OfferingStatus = { DRAFT: 'DRAFT', SUBMITTED: 'SUBMITTED', CERTIFIED: 'CERTIFIED', REJECTED: 'REJECTED' } as const;
registerEnumType(OfferingStatus, {
  name: 'OfferingStatus',
  description: 'DRAFT → SUBMITTED for certification → CERTIFIED or REJECTED; a certified or rejected offering can be submitted again (re-certification).',
});

export const CertificationOutcome = { CERTIFIED: 'CERTIFIED', REJECTED: 'REJECTED' } as const;
registerEnumType(CertificationOutcome, { name: 'CertificationOutcome' });

@ObjectType('ThemeRef', { description: 'A theme or subtheme by code and name.' })
export class ThemeRefType {
  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;
}

@ObjectType('Certification', { description: 'A certification decision on an offering.' })
export class CertificationType {
  @Field(() => ID)
  id: string;

  @Field(() => CertificationOutcome)
  outcome: 'CERTIFIED' | 'REJECTED';

  @Field(() => DateScalar)
  decidedOn: CalendarDate;

  @Field(() => DateScalar, { nullable: true })
  validFrom: CalendarDate | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of validity (inclusive).' })
  validUntil: CalendarDate | null;

  @Field(() => String, { nullable: true, description: 'Grounds of a rejection or remarks.' })
  grounds: string | null;

  offeringId: string;
}

@ObjectType('OfferingExecution', { description: 'A published execution (uitvoering) of a certified offering.' })
export class ExecutionType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID)
  offeringId: string;

  @Field(() => DateScalar)
  startsOn: CalendarDate;

  @Field(() => DateScalar)
  endsOn: CalendarDate;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field(() => Boolean)
  online: boolean;

  @Field(() => Int, { nullable: true })
  capacity: number | null;
}

@ObjectType('Offering', { description: 'An offering (aanbod) as its owner and the register staff see it.' })
export class OfferingType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

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

  @Field(() => String, { description: 'Learning goals: what a participant can do afterwards (certified content).' })
  learningGoals: string;

  @Field(() => String, { description: 'Programme: the sessions and their subjects (certified content).' })
  programme: string;

  @Field(() => Int, { nullable: true, description: 'Price per participant in euro cents, VAT included; not certified, the owner may change it.' })
  priceCents: number | null;

  @Field(() => OfferingStatus)
  status: OfferingStatusValue;

  @Field(() => DateScalar, { nullable: true })
  submittedOn: CalendarDate | null;

  providerId: string | null;
  boardId: string | null;
}

@InputType('OfferingInput', {
  description:
    'An offering as drafted by its owner; themes and subthemes by code. While a certification of it lasts, only the price may differ from what is stored (OFFERING_CONTENT_CERTIFIED).',
})
export class OfferingInput {
  @Field(() => String)
  title: string;

  @Field(() => OfferingKind)
  kind: OfferingKindValue;

  @Field(() => QualificationLevel, { nullable: true, description: 'Required for BASIC_PROGRAMME: BASISBEKWAAM or VAKBEKWAAM.' })
  leadsToLevel?: QualificationLevelValue | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { nullable: true })
  hours?: number | null;

  @Field(() => String, { nullable: true, description: 'Learning goals (certified content).' })
  learningGoals?: string | null;

  @Field(() => String, { nullable: true, description: 'Programme (certified content).' })
  programme?: string | null;

  @Field(() => Int, { nullable: true, description: 'Price per participant in euro cents, VAT included; the only field that stays editable while certified.' })
  priceCents?: number | null;

  @Field(() => [String], { description: 'Codes of the whole themes claimed, e.g. ["1", "3"].' })
  themeCodes: string[];

  @Field(() => [String], { description: 'Codes of the subthemes claimed, e.g. ["4.1"].' })
  subthemeCodes: string[];
}

@InputType('CertificationDecisionInput')
export class CertificationDecisionInput {
  @Field(() => CertificationOutcome)
  outcome: 'CERTIFIED' | 'REJECTED';

  @Field(() => [String], { nullable: true, description: 'Certified whole themes (subset of the claim); default: all claimed.' })
  themeCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Certified subthemes (subset of the claim); default: all claimed.' })
  subthemeCodes?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Default: today, or the day after the current certification ends (re-certification).' })
  validFrom?: CalendarDate | null;

  @Field(() => DateScalar, { nullable: true, description: 'Default: the rule set’s period (six years).' })
  validUntil?: CalendarDate | null;

  @Field(() => String, { nullable: true, description: 'Required when rejecting.' })
  grounds?: string | null;
}

@InputType('ExecutionInput')
export class ExecutionInput {
  @Field(() => DateScalar)
  startsOn: CalendarDate;

  @Field(() => DateScalar)
  endsOn: CalendarDate;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  online: boolean;

  @Field(() => Int, { nullable: true })
  capacity?: number | null;
}

export const ManagedOfferingConnectionType = ConnectionType('ManagedOffering', OfferingType, 'Offerings as their owner and the register staff see them.');
export type ManagedOfferingConnectionType = InstanceType<typeof ManagedOfferingConnectionType>;
