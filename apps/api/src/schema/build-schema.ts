import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from '../modules/accounts/account.resolver';
import { AccountAdminResolver } from '../modules/account-admin/account-admin.resolver';
import { AccountSelfServiceResolver } from '../modules/self-service/self-service.resolver';
import { ApplicationResolver } from '../modules/applications/application.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { ApplicationCommitteeResolver, CommitteeMeetingResolver, DecisionResolver } from '../modules/committee/committee.resolver';
import { DeferralResolver } from '../modules/deferrals/deferral.resolver';
import { DataRequestResolver } from '../modules/data-requests/data-request.resolver';
import { LeaderResolver } from '../modules/leaders/leader.resolver';
import { DeregistrationResolver } from '../modules/leaders/deregistration.resolver';
import { LetterResolver } from '../modules/letters/letter.resolver';
import { PublicRegisterResolver } from '../modules/public-register/public-register.resolver';
import { ThemeResolver } from '../modules/themes/theme.resolver';
import { ProviderResolver } from '../modules/providers/provider.resolver';
import { BoardResolver } from '../modules/organisation-admin/board.resolver';
import { CompletionResolver } from '../modules/completions/completion.resolver';
import { ThemeProgressResolver } from '../modules/theme-progress/theme-progress.resolver';
import { CatalogueResolver } from '../modules/catalogue/catalogue.resolver';
import { CertificationResolver, OfferingResolver } from '../modules/offerings/offering.resolver';
import { ApiKeyResolver } from '../modules/api-keys/api-key.resolver';
import { objectionResolvers } from '../modules/objections/objection.resolver';
import { LeaderCaseFileResolver } from '../modules/case-file/case-file.resolver';
import { WorkQueuesResolver } from '../modules/work-queues/work-queues';
import { AssessorOrganisationResolver } from '../modules/assessor-organisations/assessor-organisation.resolver';
import { peerValidationResolvers } from '../modules/peer-validation/peer-validation.resolver';
import { portfolioCaseResolvers } from '../modules/portfolio-cases/portfolio-case.resolver';
import { SectorDashboardResolver } from '../modules/sector-dashboard/sector-dashboard.resolver';
import { RegisterStatisticsResolver } from '../modules/register-statistics/register-statistics.resolver';
import { LeaderLegacyOriginResolver, LegacyImportResolver } from '../modules/legacy-import/legacy-import.resolver';
import { BoardOverviewResolver, LeaderThemeCountResolver } from '../modules/board-overview/board-overview.resolver';
import { WebhookResolver } from '../modules/webhooks/webhook.resolver';
import { CredentialResolver } from '../modules/credentials/credential.resolver';
import { AuthChecker } from './auth-checker';
import { connectionResolvers } from './connection';
import { guardTextArguments } from './hostile-input';

export const resolvers = [
  ThemeResolver,
  AccountResolver,
  AccountSelfServiceResolver,
  PublicRegisterResolver,
  ApplicationResolver,
  CommitteeMeetingResolver,
  ApplicationCommitteeResolver,
  DecisionResolver,
  LeaderResolver,
  DeferralResolver,
  DataRequestResolver,
  DeregistrationResolver,
  AuditResolver,
  LetterResolver,
  ProviderResolver,
  OfferingResolver,
  CertificationResolver,
  CompletionResolver,
  ThemeProgressResolver,
  CatalogueResolver,
  ApiKeyResolver,
  ...objectionResolvers,
  LeaderCaseFileResolver,
  WorkQueuesResolver,
  AccountAdminResolver,
  BoardResolver,
  AssessorOrganisationResolver,
  ...peerValidationResolvers,
  LegacyImportResolver,
  LeaderLegacyOriginResolver,
  ...portfolioCaseResolvers,
  SectorDashboardResolver,
  RegisterStatisticsResolver,
  BoardOverviewResolver,
  LeaderThemeCountResolver,
  WebhookResolver,
  CredentialResolver,
] as const;

/**
 * Builds the executable schema from the resolvers; the same call produces the checked-in SDL. Every
 * text argument is guarded against hostile input (NUL, lone surrogates, oversize) in one place.
 */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...resolvers, ...connectionResolvers],
    authChecker: AuthChecker,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  return guardTextArguments(schema).schema;
}

/** SDL in a stable order, for `schema.graphql` (the contract for the apps and third parties). */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
