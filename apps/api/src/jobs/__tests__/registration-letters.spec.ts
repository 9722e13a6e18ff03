import type { CalendarDate } from '@srpo/domain';
import { describe, expect, it } from 'vitest';
import { timeUntil } from '../registration-letters';

const d = (value: string) => value as CalendarDate;

describe('timeUntil: the true time left in a reminder', () => {
  it.each([
    ['2033-12-01', '2034-06-01', 'over zes maanden'],
    ['2033-11-22', '2034-03-10', 'over ruim drie maanden'],
    ['2034-03-09', '2034-06-01', 'over twaalf weken'],
    ['2034-03-01', '2034-06-01', 'over drie maanden'],
    ['2034-04-20', '2034-06-01', 'over zes weken'],
    ['2034-04-25', '2034-06-01', 'over ruim vijf weken'],
    ['2034-05-20', '2034-06-01', 'over twaalf dagen'],
    ['2034-05-31', '2034-06-01', 'over één dag'],
  ])('from %s until %s: %s', (today, dueDate, text) => {
    expect(timeUntil(d(today), d(dueDate))).toBe(text);
  });
});
