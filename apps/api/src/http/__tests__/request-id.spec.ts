import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { requestIdGenerator } from '../request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function generate(trusted: boolean, incoming?: string) {
  const headers: Record<string, string> = {};
  const req = { headers: incoming === undefined ? {} : { 'x-request-id': incoming }, socket: { remoteAddress: '10.0.0.5' } } as unknown as IncomingMessage;
  const res = { setHeader: (name: string, value: string) => void (headers[name] = value) } as unknown as ServerResponse;
  const id = requestIdGenerator(() => trusted)(req, res);
  return { id, echoed: headers['X-Request-Id'] };
}

describe('request ids', () => {
  it("takes a trusted proxy's X-Request-Id and echoes it", () => {
    expect(generate(true, 'f3a9c2e1b7d04e6a')).toEqual({ id: 'f3a9c2e1b7d04e6a', echoed: 'f3a9c2e1b7d04e6a' });
  });

  it('ignores the header from anyone else: a stranger cannot choose the id in our logs', () => {
    const { id, echoed } = generate(false, 'f3a9c2e1b7d04e6a');
    expect(id).toMatch(UUID);
    expect(echoed).toBe(id);
  });

  it('replaces a malformed or oversized id even from a trusted proxy', () => {
    for (const incoming of ['', 'a b', 'x'.repeat(129), 'id\nforged-line']) expect(generate(true, incoming).id).toMatch(UUID);
  });
});
