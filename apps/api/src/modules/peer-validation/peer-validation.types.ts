import type { CalendarDate, PeerSessionState as PeerSessionStateValue } from '@srpo/domain';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../schema/connection';
import { DateScalar } from '../../schema/date.scalar';
import type { PeerOutcome as PeerOutcomeValue } from './peer-validation.entity';

export const PeerSessionState = { PUBLISHED: 'PUBLISHED', GROUPED: 'GROUPED' } as const satisfies Record<PeerSessionStateValue, PeerSessionStateValue>;
registerEnumType(PeerSessionState, {
  name: 'PeerSessionState',
  description: 'PUBLISHED (open for sign-up until it starts) or GROUPED (trios formed; sign-up closed).',
});

export const PeerOutcome = { CREDITED: 'CREDITED', NOT_CREDITED: 'NOT_CREDITED' } as const satisfies Record<PeerOutcomeValue, PeerOutcomeValue>;
registerEnumType(PeerOutcome, {
  name: 'PeerOutcome',
  description: "A member's outcome once the facilitator confirmed: CREDITED (theme completed on the session date) or NOT_CREDITED (with reasons).",
});

/** Where a leader's sign-up stands. */
export const PeerSignUpStatus = {
  SIGNED_UP: 'SIGNED_UP',
  PLACED: 'PLACED',
  NOT_PLACED: 'NOT_PLACED',
  CREDITED: 'CREDITED',
  NOT_CREDITED: 'NOT_CREDITED',
} as const;
export type PeerSignUpStatusValue = keyof typeof PeerSignUpStatus;
registerEnumType(PeerSignUpStatus, {
  name: 'PeerSignUpStatus',
  description:
    'SIGNED_UP (groups not formed yet), PLACED (in a trio, awaiting confirmation), NOT_PLACED (no trio left), CREDITED or NOT_CREDITED (confirmed by the facilitator).',
});

@ObjectType('PeerSession', { description: 'A peer-validation session ("Schoolleiders waarderen schoolleiders"): date, place, facilitator, places.' })
export class PeerSessionType {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Changes so far; send it back with a change (optimistic locking).' })
  version: number;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'The 48 hours for the closing reflections run from here.' })
  endsAt: Date;

  @Field(() => String)
  location: string;

  @Field(() => Int, { description: 'Places: a multiple of three.' })
  capacity: number;

  @Field(() => PeerSessionState)
  state: PeerSessionStateValue;

  facilitatorAccountId: string;
}

export const PeerSessionConnectionType = ConnectionType('PeerSession', PeerSessionType);
export type PeerSessionConnectionType = InstanceType<typeof PeerSessionConnectionType>;

@ObjectType('PeerFacilitator', { description: 'The facilitator (procesbegeleider) of a session: a register employee or an assessor.' })
export class PeerFacilitatorType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;
}

@ObjectType('PeerGroup', { description: 'A trio formed for a session, with its facilitator; confirmed after the session.' })
export class PeerGroupType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => DateScalar, { nullable: true, description: 'When the facilitator confirmed; null before.' })
  confirmedOn: CalendarDate | null;

  sessionId: string;
  facilitatorAccountId: string;
}

@ObjectType('PeerReflectionStatus', { description: 'A closing reflection one member owes another: handed in or not, and on time.' })
export class PeerReflectionStatusType {
  @Field(() => ID, { description: 'The school leader the reflection is about.' })
  subjectLeaderId: string;

  @Field(() => String)
  subjectName: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null while not handed in.' })
  submittedAt: Date | null;
}

@ObjectType('PeerGroupMember', { description: "A member of a trio as the facilitator and staff see it: theme, reflections, outcome." })
export class PeerGroupMemberType {
  @Field(() => ID)
  id: string;

  @Field(() => PeerOutcome, { nullable: true, description: 'Null until the facilitator confirms.' })
  outcome: PeerOutcomeValue | null;

  leaderId: string;
  signUpId: string;
  groupId: string;
}

@ObjectType('PeerPartner', { description: 'Another member of the leader’s trio: name and theme only.' })
export class PeerPartnerType {
  @Field(() => ID, { description: 'The school leader (to name in a reflection).' })
  leaderId: string;

  @Field(() => String)
  displayName: string;

  themeId: string;
}

@ObjectType('MyPeerValidation', { description: "The signed-in leader's sign-up for a session, with their trio, reflections and outcome." })
export class MyPeerValidationType {
  @Field(() => ID, { description: 'The sign-up.' })
  id: string;

  @Field(() => GraphQLISODateTime)
  signedUpAt: Date;

  sessionId: string;
  themeId: string;
  leaderId: string;
}

@InputType('PublishPeerSessionInput')
export class PublishPeerSessionInput {
  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => String, { description: 'Where the session takes place (address or room).' })
  location: string;

  @Field(() => ID, { description: 'A STAFF or ASSESSOR account.' })
  facilitatorAccountId: string;

  @Field(() => Int, { description: 'Places: a multiple of three, at most 60.' })
  capacity: number;
}

@InputType('SubmitPeerReflectionInput')
export class SubmitPeerReflectionInput {
  @Field(() => ID)
  groupId: string;

  @Field(() => ID)
  subjectLeaderId: string;

  @Field(() => String, { description: 'The closing reflection (at most 10,000 characters).' })
  text: string;
}

@ObjectType('PeerSignUpEntry', { description: 'A sign-up as staff and the facilitator see it: the leader, their theme, and whether a trio took them.' })
export class PeerSignUpEntryType {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  signedUpAt: Date;

  sessionId: string;
  leaderId: string;
  themeId: string;
}
