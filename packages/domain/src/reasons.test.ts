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
    expect(r).toEqual({ code: 'OBJECTION_PERIOD_ENDED', message: 'De bezwaartermijn is verstreken op 21 februari 2018.', params: { deadline: '2018-02-21' } });
    expect(formatReason(r, 'en')).toBe('The objection period ended on 21 February 2018.');
    expect(reasonMessage('PEER_NOT_CONFIRMED')).toBe('De procesbegeleider heeft het gesprek nog niet bevestigd.');
    expect(reason('PEER_NOT_CONFIRMED')).toEqual({ code: 'PEER_NOT_CONFIRMED', message: 'De procesbegeleider heeft het gesprek nog niet bevestigd.' });
  });

  it('writes dates in messages as words, never as ISO dates (they are shown to people)', () => {
    expect(reason('DATE_IN_FUTURE', { date: '2031-01-01' }).message).toBe('De datum (1 januari 2031) ligt in de toekomst.');
    expect(reasonMessage('DATE_IN_FUTURE', { date: '2031-01-01' }, 'en')).toBe('The date (1 January 2031) is in the future.');
    for (const [code, { nl }] of Object.entries(REASON_MESSAGES)) {
      const params = Object.fromEntries([...nl.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, '2026-03-01']));
      expect(reasonMessage(code as keyof typeof REASON_MESSAGES, params), code).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });

  it('says how many themes without a wrong plural ("1 van de 3", not "Er zijn 1")', () => {
    expect(reasonMessage('THEMES_INSUFFICIENT', { completed: 1, required: 3, missing: 2 })).toBe('Afgerond in deze periode: 1 van de 3 thema’s; nog nodig: 2.');
  });

  it('Result helpers', () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    expect(fail(reason('PEER_NOT_CONFIRMED')).ok).toBe(false);
    expect(resultOf([], () => 'x')).toEqual({ ok: true, value: 'x' });
    expect(resultOf([reason('PEER_NOT_CONFIRMED')], () => 'x')).toMatchObject({ ok: false, reasons: [{ code: 'PEER_NOT_CONFIRMED' }] });
    expect([isReasonCode('THEMES_INSUFFICIENT'), isReasonCode('toString'), isReasonCode('NOPE')]).toEqual([true, false, false]);
  });
});
