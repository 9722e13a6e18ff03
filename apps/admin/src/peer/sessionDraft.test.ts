import { describe, expect, it } from 'vitest';
import { EMPTY_SESSION_DRAFT, readSessionDraft } from './sessionDraft';

const complete = { date: '2026-12-07', startTime: '14:00', endTime: '16:30', location: 'Utrecht, Stadskantoor', facilitatorId: 'a1', capacity: '6' };

describe('readSessionDraft', () => {
  it('names every missing field of an empty form at once', () => {
    expect(readSessionDraft({ ...EMPTY_SESSION_DRAFT, capacity: '' }).problems).toEqual([
      'dateRequired',
      'startTimeRequired',
      'endTimeRequired',
      'locationRequired',
      'facilitatorRequired',
      'capacityRequired',
    ]);
  });

  it('turns Dutch clock times into instants for the API', () => {
    expect(readSessionDraft(complete)).toEqual({
      problems: [],
      input: { startsAt: '2026-12-07T13:00:00.000Z', endsAt: '2026-12-07T15:30:00.000Z', location: 'Utrecht, Stadskantoor', facilitatorAccountId: 'a1', capacity: 6 },
    });
  });

  it('refuses an end at or before the start, and a capacity that is not a whole number', () => {
    expect(readSessionDraft({ ...complete, endTime: '14:00' }).problems).toEqual(['endBeforeStart']);
    expect(readSessionDraft({ ...complete, capacity: '4,5' }).problems).toEqual(['capacityRequired']);
    expect(readSessionDraft({ ...complete, date: '2026-02-30' }).problems).toEqual(['dateRequired']);
  });
});
