import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date';
import { hasObjectionGrounds, isObjectionOpen, objectionDeadline, validateObjectionFiling } from './objections';
import { arbDate, d } from './test-support';

describe('objections (§3.8)', () => {
  it('deadline = decision + six weeks', () => {
    expect(objectionDeadline(d('2018-01-10'))).toBe('2018-02-21');
    expect(objectionDeadline(d('2018-12-27'))).toBe('2019-02-07');
  });

  it.each([
    ['2018-01-09', false, 'OBJECTION_BEFORE_DECISION'],
    ['2018-01-10', true, null],
    ['2018-02-21', true, null],
    ['2018-02-22', false, 'OBJECTION_PERIOD_ENDED'],
  ])('decision 2018-01-10, filed %s → open %s', (date, open, code) => {
    expect(isObjectionOpen(d('2018-01-10'), d(date))).toBe(open);
    const result = validateObjectionFiling(d('2018-01-10'), d(date));
    if (code === null) expect(result).toEqual({ ok: true, value: { deadline: '2018-02-21' } });
    else expect(result).toMatchObject({ ok: false, reasons: [{ code }] });
  });

  it('property: open exactly on days 0..42 after the decision', () => {
    fc.assert(
      fc.property(arbDate(), fc.integer({ min: -100, max: 100 }), (decidedOn, k) => {
        expect(isObjectionOpen(decidedOn, addDays(decidedOn, k))).toBe(k >= 0 && k <= 42);
      }),
    );
  });
});

describe('objection grounds', () => {
  it.each([
    ['', false],
    ['   kort   ', false],
    ['123456789', false],
    ['1234567890', true],
    ['  Het diploma is wel geldig.  ', true],
  ])('%j has grounds: %s', (grounds, expected) => {
    expect(hasObjectionGrounds(grounds)).toBe(expected);
  });
});
