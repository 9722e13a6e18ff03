import { createHash } from 'node:crypto';

/** How webhooks behave (README, "Configuration": the WEBHOOK_* variables). */
export interface WebhookSettings {
  /** Production: URLs must be https and may not point at private, loopback or link-local addresses (SSRF). */
  production: boolean;
  /** AES-256 key (32 bytes) the signing secrets are encrypted with at rest. */
  secretKey: Buffer;
  /** A receiver that does not answer within this time fails the attempt. */
  timeoutMs: number;
  /** Attempts per delivery before it is GAVE_UP (replay by hand after that). */
  maxAttempts: number;
  /** Delay before the second attempt; it doubles for each next one (exponential backoff). */
  retryBaseSeconds: number;
  /** Failed attempts in a row (over all deliveries) after which the subscription is disabled and its owner e-mailed. */
  disableAfterFailures: number;
}

/** Outside production only: a fixed key, so a development database keeps working across restarts. */
export const DEVELOPMENT_WEBHOOK_SECRET_KEY = createHash('sha256').update('srpo development webhook secret key').digest();

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  production: false,
  secretKey: DEVELOPMENT_WEBHOOK_SECRET_KEY,
  timeoutMs: 10_000,
  maxAttempts: 6,
  retryBaseSeconds: 60,
  disableAfterFailures: 15,
};

/** Seconds to wait after failed attempt number `attempt` (1-based): base, 2 × base, 4 × base, … */
export function retryDelaySeconds(settings: Pick<WebhookSettings, 'retryBaseSeconds'>, attempt: number): number {
  return settings.retryBaseSeconds * 2 ** (attempt - 1);
}
