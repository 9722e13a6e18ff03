import { CredentialStatus, type CalendarDate } from '@srpo/domain';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../schema/date.scalar';
import { RegistrationTitle } from '../../schema/domain-enums';

registerEnumType(CredentialStatus, {
  name: 'CredentialStatus',
  description: 'VALID; REVOKED (the registration period is over: expired, deregistered or superseded by a re-registration); NOT_YET_VALID (the period has not started).',
});

@ObjectType('LeaderCredential', {
  description: 'A verifiable credential (Open Badges 3.0, signed with Ed25519 as a JWT): the register’s word on one registration period of the leader.',
})
export class LeaderCredentialType {
  @Field(() => ID, { description: 'Also the last path segment of `verificationUrl`.' })
  id: string;

  @Field(() => ID)
  registrationId: string;

  @Field(() => RegistrationTitle)
  title: RegistrationTitle;

  @Field(() => Boolean)
  aspirant: boolean;

  @Field(() => DateScalar, { description: 'First day of the registration period.' })
  validFrom: CalendarDate;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the period as known today (a deferral may move it); null for no end.' })
  validUntil: CalendarDate | null;

  @Field(() => CredentialStatus, { description: 'As of today (Amsterdam), the same answer as the public status list.' })
  status: CredentialStatus;

  @Field(() => String, { description: 'The public verification page of the credential: what the QR code encodes.' })
  verificationUrl: string;

  @Field(() => String, { description: 'The signed credential file (JWT), for the leader it is about only.' })
  downloadUrl: string;
}

@ObjectType('CredentialVerification', {
  description: 'What the register says about a credential today. Only public facts (as `PublicRegistration`); `problem` says in Dutch why it is not valid.',
})
export class CredentialVerificationType {
  @Field(() => Boolean, { description: 'The signature is the register’s (a current or retired key of its DID document).' })
  signatureValid: boolean;

  @Field(() => CredentialStatus)
  status: CredentialStatus;

  @Field(() => String)
  issuerName: string;

  @Field(() => ID, { nullable: true })
  credentialId: string | null;

  @Field(() => String, { nullable: true })
  registerNumber: string | null;

  @Field(() => String, { nullable: true })
  displayName: string | null;

  @Field(() => RegistrationTitle, { nullable: true })
  title: RegistrationTitle | null;

  @Field(() => Boolean, { nullable: true })
  aspirant: boolean | null;

  @Field(() => DateScalar, { nullable: true })
  validFrom: CalendarDate | null;

  @Field(() => DateScalar, { nullable: true })
  validUntil: CalendarDate | null;

  @Field(() => GraphQLISODateTime)
  checkedAt: Date;

  @Field(() => String, { nullable: true, description: 'Dutch sentence when not valid (signature, revoked, expired, unknown); null when valid.' })
  problem: string | null;
}
