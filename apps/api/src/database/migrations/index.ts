import { ThemesAndOrganisations1795495492024 } from './1795495492024-themes-and-organisations';
import { AccountsAndSessions1795496000000 } from './1795496000000-accounts-and-sessions';
import { LeadersAndRegistrations1795496840910 } from './1795496840910-leaders-and-registrations';
import { ApplicationsAndCommittee1795497100000 } from './1795497100000-applications-and-committee';
import { AccountBoardLink1795497200000 } from './1795497200000-account-board-link';
import { DeferralRequests1795498500000 } from './1795498500000-deferral-requests';
import { CertificationObjections1795499800000 } from './1795499800000-certification-objections';
import { RegistrationLeaderIndex1795499100000 } from './1795499100000-registration-leader-index';
import { AuditLettersOutbox1795498000000 } from './1795498000000-audit-letters-outbox';
import { ProvidersOfferingsCompletions1795499000000 } from './1795499000000-providers-offerings-completions';
import { ReRegistrationApplications1795499500000 } from './1795499500000-re-registration-applications';
import { RegisterReadModel1795501000000 } from './1795501000000-register-read-model';
import { ReadCacheVersion1795501000001 } from './1795501000001-read-cache-version';
import { RegisterEntrySearchIndex1795501000002 } from './1795501000002-register-entry-search-index';
import { ApiKeys1795502000000 } from './1795502000000-api-keys';
import { RateLimits1795502000001 } from './1795502000001-rate-limits';
import { RaceInvariants1795503000000 } from './1795503000000-race-invariants';
import { LoginThrottle1795503000001 } from './1795503000001-login-throttle';
import { RegisterEntryPending1795504000000 } from './1795504000000-register-entry-pending';
import { LeaderSortName1795504100000 } from './1795504100000-leader-sort-name';
import { ObjectionsForEveryDecision1795504300000 } from './1795504300000-objections-for-every-decision';
import { CertificateAndOfferingDocuments1795504400001 } from './1795504400001-certificate-and-offering-documents';
import { OfferingContent1795504400002 } from './1795504400002-offering-content';
import { EmailDeliveryState1795504500000 } from './1795504500000-email-delivery-state';
import { OneOpenApplication1795504600000 } from './1795504600000-one-open-application';
import { DocumentContent1795505000000 } from './1795505000000-document-content';
import { DailyJobRun1795505100000 } from './1795505100000-daily-job-run';
import { AccountSelfService1795505200000 } from './1795505200000-account-self-service';
import { AccountAdministration1795505300000 } from './1795505300000-account-administration';
import { AccountInvitation1795505300001 } from './1795505300001-account-invitation';
import { InformalLearningFoundation1795505500000 } from './1795505500000-informal-learning-foundation';
import { PortfolioCases1795505800000 } from './1795505800000-portfolio-cases';
import { PeerValidation1795505900000 } from './1795505900000-peer-validation';
import { PeerValidationObjections1795505900001 } from './1795505900001-peer-validation-objections';
import { RegisterTimeline1795506100000 } from './1795506100000-register-timeline';
import { ThemeCompletionProjection1795506100001 } from './1795506100001-theme-completion-projection';
import { RegisterTimelineRuns1795506100002 } from './1795506100002-register-timeline-runs';
import { LegacyImport1795506200000 } from './1795506200000-legacy-import';
import { LegacyImportUpload1795506200001 } from './1795506200001-legacy-import-upload';
import { OpenDataExport1795506500000 } from './1795506500000-open-data-export';
import { IndicatorTargets1795506600000 } from './1795506600000-indicator-targets';
import { BoardDigestSent1795506700000 } from './1795506700000-board-digest-sent';
import { AuditTrailFilters1795506800000 } from './1795506800000-audit-trail-filters';
import { AuditLeaderSnapshotIndex1795506800001 } from './1795506800001-audit-leader-snapshot-index';
import { LeaderCredentials1795507100000 } from './1795507100000-leader-credentials';
import { Webhooks1795507200000 } from './1795507200000-webhooks';
import { LeaderAnonymisation1795507300000 } from './1795507300000-leader-anonymisation';
import { DataRequests1795507440000 } from './1795507440000-data-requests';
import { AuditLogReferences1795507500000 } from './1795507500000-audit-log-references';

/** Every migration, in order. Listed explicitly (no globs) so bundlers and ESM loaders see them. */
export const migrations = [
  ThemesAndOrganisations1795495492024,
  AccountsAndSessions1795496000000,
  LeadersAndRegistrations1795496840910,
  ApplicationsAndCommittee1795497100000,
  AccountBoardLink1795497200000,
  AuditLettersOutbox1795498000000,
  DeferralRequests1795498500000,
  ProvidersOfferingsCompletions1795499000000,
  RegistrationLeaderIndex1795499100000,
  ReRegistrationApplications1795499500000,
  CertificationObjections1795499800000,
  RegisterReadModel1795501000000,
  ReadCacheVersion1795501000001,
  RegisterEntrySearchIndex1795501000002,
  ApiKeys1795502000000,
  RateLimits1795502000001,
  RaceInvariants1795503000000,
  LoginThrottle1795503000001,
  RegisterEntryPending1795504000000,
  LeaderSortName1795504100000,
  ObjectionsForEveryDecision1795504300000,
  CertificateAndOfferingDocuments1795504400001,
  OfferingContent1795504400002,
  EmailDeliveryState1795504500000,
  OneOpenApplication1795504600000,
  DocumentContent1795505000000,
  DailyJobRun1795505100000,
  AccountSelfService1795505200000,
  AccountAdministration1795505300000,
  AccountInvitation1795505300001,
  InformalLearningFoundation1795505500000,
  PortfolioCases1795505800000,
  PeerValidation1795505900000,
  PeerValidationObjections1795505900001,
  RegisterTimeline1795506100000,
  ThemeCompletionProjection1795506100001,
  RegisterTimelineRuns1795506100002,
  LegacyImport1795506200000,
  LegacyImportUpload1795506200001,
  OpenDataExport1795506500000,
  IndicatorTargets1795506600000,
  BoardDigestSent1795506700000,
  AuditTrailFilters1795506800000,
  AuditLeaderSnapshotIndex1795506800001,
  LeaderCredentials1795507100000,
  Webhooks1795507200000,
  LeaderAnonymisation1795507300000,
  DataRequests1795507440000,
  AuditLogReferences1795507500000,
];
