import { describe, expect, it } from 'vitest';
import { certificationOn, type CertificationDecision } from './certification';
import { completionRefusal } from './completion-acceptance';
import { d } from './test-support';

const certified = (validFrom: string, validUntil: string | null, decidedOn = validFrom, createdAt?: Date): CertificationDecision => ({
  outcome: 'CERTIFIED',
  validFrom: d(validFrom),
  validUntil: validUntil === null ? null : d(validUntil),
  decidedOn: d(decidedOn),
  createdAt,
});

describe('certificationOn', () => {
  it('is the certifying decision whose period holds the date, both ends included', () => {
    const first = certified('2020-01-01', '2021-12-31');
    expect(certificationOn([first], d('2020-01-01'))).toBe(first);
    expect(certificationOn([first], d('2021-12-31'))).toBe(first);
    expect(certificationOn([first], d('2019-12-31'))).toBeNull();
    expect(certificationOn([first], d('2022-01-01'))).toBeNull();
  });

  it('ignores rejections and takes the latest decided, then the latest recorded', () => {
    const rejected: CertificationDecision = { outcome: 'REJECTED', validFrom: null, decidedOn: d('2023-01-01') };
    const older = certified('2020-01-01', null, '2020-01-01');
    const newer = certified('2021-01-01', null, '2021-01-01');
    expect(certificationOn([rejected, older, newer], d('2022-06-01'))).toBe(newer);
    const morning = certified('2021-01-01', null, '2021-01-01', new Date('2021-01-01T08:00:00Z'));
    const evening = certified('2021-01-01', null, '2021-01-01', new Date('2021-01-01T18:00:00Z'));
    expect(certificationOn([evening, morning], d('2021-02-01'))).toBe(evening);
    expect(certificationOn([morning, evening], d('2021-02-01'))).toBe(evening);
  });

  it('uses the rule set’s default length when no end is given (six years, DESIGN §3.2)', () => {
    const open = certified('2018-03-01', null);
    expect(certificationOn([open], d('2024-02-29'))).toBe(open);
    expect(certificationOn([open], d('2024-03-01'))).toBeNull();
  });
});

describe('completionRefusal', () => {
  const certifications = [certified('2024-01-01', '2025-12-31')];
  const today = d('2025-06-01');

  it('accepts a completion on a certified day, up to and including today', () => {
    expect(completionRefusal({ completedOn: d('2024-01-01'), certifications }, today)).toBeNull();
    expect(completionRefusal({ completedOn: today, certifications, deregisteredOn: null }, today)).toBeNull();
  });

  it('refuses a future date first, then an uncertified day, then a deregistered leader', () => {
    expect(completionRefusal({ completedOn: d('2025-06-02'), certifications: [], deregisteredOn: d('2020-01-01') }, today)).toBe('DATE_IN_FUTURE');
    expect(completionRefusal({ completedOn: d('2023-12-31'), certifications, deregisteredOn: d('2020-01-01') }, today)).toBe('OUTSIDE_CERTIFICATION_PERIOD');
    expect(completionRefusal({ completedOn: d('2024-05-01'), certifications, deregisteredOn: today }, today)).toBe('LEADER_DEREGISTERED');
  });

  it('does not refuse a leader whose deregistration is still to come', () => {
    expect(completionRefusal({ completedOn: d('2024-05-01'), certifications, deregisteredOn: d('2025-06-02') }, today)).toBeNull();
  });
});
