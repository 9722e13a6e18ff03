import { describe, expect, it } from 'vitest';
import { AppError } from '../../../http/errors';
import { checkWebhookUrl, guardedLookup, isBlockedAddress } from '../webhook-url';

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.reason : 'not an AppError';
  }
}

describe('webhook URL policy', () => {
  it('in production: https to a public address only (no SSRF to loopback, private, link-local or mapped addresses)', () => {
    for (const url of ['https://10.1.2.3/hook', 'https://127.0.0.1/', 'https://localhost:8443/', 'https://api.localhost/', 'https://[::1]/', 'https://169.254.169.254/latest/meta-data', 'https://[::ffff:192.168.1.1]/', 'https://[fd00::1]/', 'https://0.0.0.0/']) {
      expect(reasonOf(() => checkWebhookUrl(url, true)), url).toBe('WEBHOOK_URL_PRIVATE');
    }
    expect(reasonOf(() => checkWebhookUrl('http://127.0.0.1:4000/hook', true))).toBe('WEBHOOK_URL_NOT_HTTPS');
    expect(checkWebhookUrl(' https://hr.example.nl/hooks?bron=register#deel ', true)).toBe('https://hr.example.nl/hooks?bron=register');
    expect(checkWebhookUrl('https://8.8.8.8/hook', true)).toBe('https://8.8.8.8/hook');
  });

  it('outside production: http only to localhost', () => {
    expect(checkWebhookUrl('http://127.0.0.1:4000/hook', false)).toBe('http://127.0.0.1:4000/hook');
    expect(checkWebhookUrl('http://localhost/hook', false)).toBe('http://localhost/hook');
    expect(reasonOf(() => checkWebhookUrl('http://192.168.1.5/hook', false))).toBe('WEBHOOK_URL_NOT_HTTPS');
    expect(reasonOf(() => checkWebhookUrl(`https://hr.example.nl/${'a'.repeat(1_000)}`, false))).toBe('WEBHOOK_URL_INVALID');
  });

  it('classifies addresses, and refuses at connect time a name that resolves inward', async () => {
    expect(isBlockedAddress('172.16.0.1')).toBe(true);
    expect(isBlockedAddress('100.64.0.1')).toBe(true);
    expect(isBlockedAddress('fe80::1')).toBe(true);
    expect(isBlockedAddress('93.184.216.34')).toBe(false);
    expect(isBlockedAddress('2a00:1450:4001::1')).toBe(false);
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => guardedLookup('localhost', { all: true }, (failure) => resolve(failure)));
    expect(error?.code).toBe('EBLOCKED');
  });
});
