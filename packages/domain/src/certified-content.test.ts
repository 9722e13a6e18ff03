import { describe, expect, it } from 'vitest';
import { changedCertifiedContent, isCertifiedContentLocked, type CertifiedOfferingContent } from './certification';
import { d } from './test-support';

const content: CertifiedOfferingContent = {
  title: 'Leiderschap',
  kind: 'COURSE',
  leadsToLevel: null,
  description: 'Vier bijeenkomsten.',
  hours: 24,
  learningGoals: 'U leidt verandering.',
  programme: 'Dag 1, dag 2.',
  themes: ['1', '2'],
  subthemes: [],
};

describe('certified offering content (§3.4)', () => {
  it('names the certified fields that changed, comparing lists as sets', () => {
    expect(changedCertifiedContent(content, { ...content, themes: ['2', '1'] })).toEqual([]);
    expect(changedCertifiedContent(content, { ...content, learningGoals: 'Anders.', themes: ['1'] })).toEqual(['learningGoals', 'themes']);
  });

  it('is locked while a certification lasts until today or later, also one that starts later; not by a rejection or an ended one', () => {
    const certified = { outcome: 'CERTIFIED' as const, decidedOn: d('2020-01-01'), validFrom: d('2020-01-01'), validUntil: d('2025-12-31') };
    expect(isCertifiedContentLocked([certified], d('2025-12-31'))).toBe(true);
    expect(isCertifiedContentLocked([certified], d('2026-01-01'))).toBe(false);
    expect(isCertifiedContentLocked([{ ...certified, validFrom: d('2027-01-01'), validUntil: null }], d('2026-01-01'))).toBe(true);
    expect(isCertifiedContentLocked([{ outcome: 'REJECTED', decidedOn: d('2025-01-01'), validFrom: null }], d('2025-06-01'))).toBe(false);
  });
});
