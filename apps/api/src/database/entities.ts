import { Account } from '../modules/accounts/account.entity';
import { Session } from '../modules/accounts/session.entity';
import { AuditLogEntry } from '../modules/audit/audit-log.entity';
import { ReminderSent } from '../jobs/reminder-sent.entity';
import { EmailOutboxMessage } from '../modules/letters/email-outbox.entity';
import { Letter } from '../modules/letters/letter.entity';
import { EvidenceDocument } from '../modules/applications/evidence-document.entity';
import { RegistrationApplication } from '../modules/applications/registration-application.entity';
import { CommitteeMeeting } from '../modules/committee/committee-meeting.entity';
import { Decision } from '../modules/committee/decision.entity';
import { Objection } from '../modules/objections/objection.entity';
import { DeferralRequestRow } from '../modules/deferrals/deferral-request.entity';
import { DataRequestRow } from '../modules/data-requests/data-request.entity';
import { DevelopmentPlanTheme } from '../modules/leaders/development-plan-theme.entity';
import { Employment } from '../modules/leaders/employment.entity';
import { SchoolLeader } from '../modules/leaders/school-leader.entity';
import { Board } from '../modules/organisations/board.entity';
import { RegistrationDeferral, RegistrationTitleChange, ReRegistration } from '../modules/registrations/registration-history.entity';
import { Registration } from '../modules/registrations/registration.entity';
import { School } from '../modules/organisations/school.entity';
import { Subtheme } from '../modules/themes/subtheme.entity';
import { Theme } from '../modules/themes/theme.entity';
import { Provider } from '../modules/providers/provider.entity';
import { Certification, CertificationScope, Offering, OfferingClaim, OfferingExecution } from '../modules/offerings/offering.entity';
import { Completion } from '../modules/completions/completion.entity';
import { ApiKey } from '../modules/api-keys/api-key.entity';
import { AssessorOrganisation } from '../modules/assessor-organisations/assessor-organisation.entity';
import { InformalValidation } from '../modules/informal-validations/informal-validation.entity';
import { PeerGroupMember, PeerGroupRow, PeerReflectionRow, PeerSession, PeerSignUp } from '../modules/peer-validation/peer-validation.entity';
import { portfolioCaseEntities } from '../modules/portfolio-cases/portfolio-case.entity';
import { IndicatorTarget } from '../modules/sector-dashboard/indicator-target.entity';
import { WebhookDelivery, WebhookSubscription } from '../modules/webhooks/webhook.entity';

export const entities = [
  Theme,
  Subtheme,
  Board,
  School,
  Account,
  Session,
  SchoolLeader,
  Employment,
  DevelopmentPlanTheme,
  Registration,
  RegistrationTitleChange,
  ReRegistration,
  RegistrationDeferral,
  CommitteeMeeting,
  RegistrationApplication,
  EvidenceDocument,
  Decision,
  Objection,
  AuditLogEntry,
  Letter,
  EmailOutboxMessage,
  ReminderSent,
  DeferralRequestRow,
  DataRequestRow,
  Provider,
  Offering,
  OfferingClaim,
  Certification,
  CertificationScope,
  OfferingExecution,
  Completion,
  ApiKey,
  AssessorOrganisation,
  InformalValidation,
  PeerSession,
  PeerSignUp,
  PeerGroupRow,
  PeerGroupMember,
  PeerReflectionRow,
  ...portfolioCaseEntities,
  IndicatorTarget,
  WebhookSubscription,
  WebhookDelivery,
];
