import { calendarDate, rulesOn } from '@srpo/domain';
import { describe, expect, it } from 'vitest';
import { checklistVerdict, EMPTY_CHECKLIST, type ChecklistDraft } from './checklistDraft';

const rules = rulesOn(calendarDate('2026-11-30'));

const MET: ChecklistDraft = {
  followsFixedStructure: true,
  showsDevelopment: true,
  clearWriting: true,
  ownRoleCentral: true,
  colleagueFeedbackCount: '2',
  sourceCount: '4',
  literatureSourceCount: '2',
  evidenceCount: '10',
  wordCount: '3000',
};

describe('checklistVerdict', () => {
  it('is sufficient at the limits (2 colleagues, 4 sources of which 2 literature, 10 pieces, 3000 words)', () => {
    const verdict = checklistVerdict(MET, rules);
    expect(verdict.sufficient).toBe(true);
    expect(verdict.unmet).toEqual({});
    expect(verdict.checklist).toMatchObject({ colleagueFeedbackCount: 2, wordCount: 3000, ownRoleCentral: true });
  });

  it('names each unmet requirement beside its field, with the domain’s message', () => {
    const verdict = checklistVerdict({ ...MET, literatureSourceCount: '1', evidenceCount: '11', clearWriting: false }, rules);
    expect(verdict.sufficient).toBe(false);
    expect(Object.keys(verdict.unmet).sort()).toEqual(['clearWriting', 'evidenceCount', 'literatureSourceCount']);
    expect(verdict.unmet.literatureSourceCount?.message).toBe('Minimaal 2 bronnen moeten literatuur zijn (nu 1).');
    expect(verdict.unmet.evidenceCount?.message).toBe('Het portfolio moet 5 tot 10 bewijsstukken bevatten (nu 11).');
  });

  it('has no verdict while a count is empty or not a whole number, but names the other unmet requirements', () => {
    const verdict = checklistVerdict({ ...MET, wordCount: '2.500', sourceCount: ' ', literatureSourceCount: '1', ownRoleCentral: false }, rules);
    expect(verdict.sufficient).toBeNull();
    expect(verdict.checklist).toBeNull();
    expect(verdict.invalid).toEqual(['sourceCount', 'wordCount']);
    expect(Object.keys(verdict.unmet).sort()).toEqual(['literatureSourceCount', 'ownRoleCentral']);
    expect(checklistVerdict(EMPTY_CHECKLIST, rules).invalid).toHaveLength(5);
  });
});
