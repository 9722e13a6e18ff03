import { describe, expect, it } from 'vitest';
import { fail, formatReason, isReasonCode, ok, reason, REASON_MESSAGES, reasonMessage, resultOf } from './reasons';

describe('reasons', () => {
  it('every code has a Dutch and an English message', () => {
    for (const [code, messages] of Object.entries(REASON_MESSAGES)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(messages.nl.length).toBeGreaterThan(10);
      expect(messages.en.length).toBeGreaterThan(10);
      const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
      expect(placeholders(messages.en)).toEqual(placeholders(messages.nl));
    }
  });

  it('fills placeholders and switches language', () => {
    const r = reason('OBJECTION_PERIOD_ENDED', { deadline: '2018-02-21' });
    expect(r).toEqual({ code: 'OBJECTION_PERIOD_ENDED', message: 'De bezwaartermijn is verstreken op 2018-02-21.', params: { deadline: '2018-02-21' } });
    expect(formatReason(r, 'en')).toBe('The objection period ended on 2018-02-21.');
    expect(reasonMessage('PEER_NOT_CONFIRMED')).toBe('De procesbegeleider heeft het gesprek nog niet bevestigd.');
    expect(reason('PEER_NOT_CONFIRMED')).toEqual({ code: 'PEER_NOT_CONFIRMED', message: 'De procesbegeleider heeft het gesprek nog niet bevestigd.' });
  });

  it('Result helpers', () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    expect(fail(reason('PEER_NOT_CONFIRMED')).ok).toBe(false);
    expect(resultOf([], () => 'x')).toEqual({ ok: true, value: 'x' });
    expect(resultOf([reason('PEER_NOT_CONFIRMED')], () => 'x')).toMatchObject({ ok: false, reasons: [{ code: 'PEER_NOT_CONFIRMED' }] });
    expect([isReasonCode('THEMES_INSUFFICIENT'), isReasonCode('toString'), isReasonCode('NOPE')]).toEqual([true, false, false]);
  });
});
