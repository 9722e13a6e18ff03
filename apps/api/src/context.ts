import type { DataSource } from 'typeorm';
import { DEVELOPMENT_CREDENTIALS, DEVELOPMENT_PORTAL_URL } from './config';
import type { CredentialSettings } from './modules/credentials/credential-document';
import type { SessionCookie } from './http/session-cookie';
import type { Logger } from './logger';
import type { Account } from './modules/accounts/account.entity';
import { AccountService } from './modules/accounts/account.service';
import type { ApiKeyUsage } from './modules/api-keys/api-key-usage';
import type { ApiKeyPrincipal } from './modules/api-keys/api-key.service';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from './modules/webhooks/webhook-settings';
import { createApplicationLoaders, type ApplicationLoaders } from './modules/applications/application.loaders';
import { createThemeLoaders, type ThemeLoaders } from './modules/themes/theme.loaders';
import { createOfferingLoaders, type OfferingLoaders } from './modules/offerings/offering.loaders';
import { createCommitteeLoaders, type CommitteeLoaders } from './modules/committee/committee.loaders';
import { createObjectionLoaders, type ObjectionLoaders } from './modules/objections/objection.loaders';
import { createCaseFileLoaders, type CaseFileLoaders } from './modules/case-file/case-file.loaders';
import { createPeerValidationLoaders, type PeerValidationLoaders } from './modules/peer-validation/peer-validation.loaders';
import { createPortfolioCaseLoaders, type PortfolioCaseLoaders } from './modules/portfolio-cases/portfolio-case.loaders';
import { createBoardOverviewLoaders, type BoardOverviewLoaders } from './modules/board-overview/board-overview.loaders';
import { createDataRequestLoaders, type DataRequestLoaders } from './modules/data-requests/data-request.loaders';

/** Everything a resolver may use for one request; loaders are per request so caches never leak. */
export interface RequestContext {
  dataSource: DataSource;
  logger: Logger;
  /** The signed-in account, or null for anonymous callers and callers with an API key. */
  account: Account | null;
  /** The third party whose valid key came in `Authorization: Bearer …`; such a request has no account. */
  apiKey: ApiKeyPrincipal | null;
  /** The client's IP address (`X-Forwarded-For` only from trusted proxies): the anonymous caller's identity for rate limits. */
  clientIp: string;
  /** This instance's batched API-key usage counts (null when the server keeps none, e.g. in-process tests). */
  apiKeyUsage: ApiKeyUsage | null;
  session: SessionCookie;
  /** The portal as its users reach it (PORTAL_URL), for links in e-mails; never taken from the request. */
  portalUrl: string;
  /** Webhook rules of this deployment (URL policy, secret key). */
  webhooks: WebhookSettings;
  /** The credentials' issuer site and signing keys (REGISTER_URL, CREDENTIAL_SIGNING_KEYS). */
  credentials: CredentialSettings;
  loaders: {
    themes: ThemeLoaders;
    applications: ApplicationLoaders;
    offerings: OfferingLoaders;
    committee: CommitteeLoaders;
    objections: ObjectionLoaders;
    caseFile: CaseFileLoaders;
    peerValidation: PeerValidationLoaders;
    portfolioCases: PortfolioCaseLoaders;
    boardOverview: BoardOverviewLoaders;
    dataRequests: DataRequestLoaders;
  };
}

/** Who is calling, as the HTTP layer established it before the context is built. */
export interface RequestCaller {
  apiKey: ApiKeyPrincipal | null;
  clientIp: string;
  apiKeyUsage: ApiKeyUsage | null;
}

export async function createRequestContext(
  dataSource: DataSource,
  logger: Logger,
  session: SessionCookie,
  caller: RequestCaller = { apiKey: null, clientIp: '', apiKeyUsage: null },
  portalUrl = DEVELOPMENT_PORTAL_URL,
  webhooks: WebhookSettings = DEFAULT_WEBHOOK_SETTINGS,
  credentials: CredentialSettings = DEVELOPMENT_CREDENTIALS,
): Promise<RequestContext> {
  // A request with an API key acts for the third party only, never for a session that came along.
  const account = !caller.apiKey && session.token ? await new AccountService(dataSource).accountForSession(session.token) : null;
  return {
    dataSource,
    logger,
    account,
    ...caller,
    session,
    portalUrl,
    webhooks,
    credentials,
    loaders: {
      themes: createThemeLoaders(dataSource),
      applications: createApplicationLoaders(dataSource),
      offerings: createOfferingLoaders(dataSource),
      committee: createCommitteeLoaders(dataSource),
      objections: createObjectionLoaders(dataSource),
      caseFile: createCaseFileLoaders(dataSource),
      peerValidation: createPeerValidationLoaders(dataSource),
      portfolioCases: createPortfolioCaseLoaders(dataSource),
      boardOverview: createBoardOverviewLoaders(dataSource),
      dataRequests: createDataRequestLoaders(dataSource),
    },
  };
}
