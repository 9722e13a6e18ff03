// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { calendarDate } from '@srpo/domain';
import { buildSchema, getVariableValues, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
// What the API itself sends: the body builder, the signing and the default settings (plain modules of the API).
import { deliveryBody } from '../../../api/src/modules/webhooks/webhook-payload';
import { signatureHeader } from '../../../api/src/modules/webhooks/webhook-secret';
import { DEFAULT_WEBHOOK_SETTINGS, retryDelaySeconds } from '../../../api/src/modules/webhooks/webhook-settings';
import { retryDelays, VERIFY_EXAMPLE, WEBHOOK_BODY_EXAMPLE, WEBHOOK_DELIVERY, WEBHOOK_EVENTS, WEBHOOK_REQUESTS } from './webhookDocs';

/** The API's checked-in SDL: what third parties get. */
const schema = buildSchema(readFileSync(new URL('../../../api/schema.graphql', import.meta.url), 'utf8'));

type Verify = (rawBody: string, header: string, secret: string, nowSeconds?: number) => boolean;

/** The page's verification code, run as a third party would copy it (an ES module of its own). */
async function verifyExample(): Promise<Verify> {
  const file = path.join(folder, 'verify-webhook.mjs');
  writeFileSync(file, VERIFY_EXAMPLE);
  return ((await import(pathToFileURL(file).href)) as { verifyWebhook: Verify }).verifyWebhook;
}

const folder = mkdtempSync(path.join(tmpdir(), 'srpo-webhook-docs-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the API page’s webhook section, held against the API', () => {
  it('shows a body exactly as the API builds it, and the events of the schema', () => {
    const { registerNumber, entry, ...event } = WEBHOOK_BODY_EXAMPLE;
    const built = deliveryBody({
      id: event.id,
      event: event.type,
      occurredOn: calendarDate(event.occurredOn),
      test: event.test,
      entry: { registerNumber, ...entry, registeredOn: calendarDate(entry.registeredOn), reRegistrationDue: calendarDate(entry.reRegistrationDue) },
    });
    expect(JSON.parse(built)).toEqual(WEBHOOK_BODY_EXAMPLE);
    const enumType = schema.getType('WebhookEvent');
    expect(enumType && 'getValues' in enumType ? enumType.getValues().map((value) => value.name).sort() : []).toEqual([...WEBHOOK_EVENTS].sort());
  });

  it('has verification code that accepts the API’s signature and refuses a changed byte, another secret or an old timestamp', async () => {
    const verify = await verifyExample();
    const secret = 'whsec_dGVzdC1zZWNyZXQtZm9yLXRoZS1hcGktcGFnZS1leGFtcGxl';
    const body = JSON.stringify(WEBHOOK_BODY_EXAMPLE);
    const now = 1_796_000_000;
    const header = signatureHeader(secret, body, now);

    expect(verify(body, header, secret, now + 10)).toBe(true);
    expect(verify(body.replace('100234', '100235'), header, secret, now)).toBe(false);
    expect(verify(body, header, `${secret}x`, now)).toBe(false);
    expect(verify(body, header, secret, now + WEBHOOK_DELIVERY.toleranceSeconds + 1)).toBe(false);
    expect(verify(body, 'v1=0000', secret, now)).toBe(false);
  });

  it('publishes the API’s own timeout, attempts, waits and disabling threshold', () => {
    expect(WEBHOOK_DELIVERY.timeoutSeconds * 1000).toBe(DEFAULT_WEBHOOK_SETTINGS.timeoutMs);
    expect(WEBHOOK_DELIVERY.maxAttempts).toBe(DEFAULT_WEBHOOK_SETTINGS.maxAttempts);
    expect(WEBHOOK_DELIVERY.retryBaseSeconds).toBe(DEFAULT_WEBHOOK_SETTINGS.retryBaseSeconds);
    expect(WEBHOOK_DELIVERY.disableAfterFailures).toBe(DEFAULT_WEBHOOK_SETTINGS.disableAfterFailures);
    const attempts = Array.from({ length: DEFAULT_WEBHOOK_SETTINGS.maxAttempts - 1 }, (_, index) => index + 1);
    expect(retryDelays()).toEqual(attempts.map((attempt) => retryDelaySeconds(DEFAULT_WEBHOOK_SETTINGS, attempt)));
  });

  it.each(WEBHOOK_REQUESTS.map((request) => [request.id, request] as const))('%s is valid against the schema, variables included', (_id, request) => {
    const document = parse(request.query);
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
    const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables as Record<string, unknown>);
    expect(coerced.errors?.map((error) => error.message) ?? []).toEqual([]);
  });
});
