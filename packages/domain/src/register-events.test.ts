import { describe, expect, it } from 'vitest';
import { registerEventBetween, type ShownStatus } from './register-events';
import { d } from './test-support';

const active: ShownStatus = { registrationId: 'r1', status: 'ACTIVE', aspirant: false, periodStartsOn: d('2020-03-01') };

describe('the event between two public entries of a leader (webhooks)', () => {
  it('names entering and leaving the register', () => {
    expect(registerEventBetween(null, active)).toBe('REGISTERED');
    expect(registerEventBetween({ ...active, status: 'DEREGISTERED' }, active)).toBe('REGISTERED');
    expect(registerEventBetween(active, { ...active, status: 'DEREGISTERED' })).toBe('DEREGISTERED');
    expect(registerEventBetween({ ...active, status: 'EXPIRED' }, { ...active, status: 'DEREGISTERED' })).toBe('DEREGISTERED');
  });

  it('names the steps after the due date and the way back', () => {
    expect(registerEventBetween(active, { ...active, status: 'CONDITIONAL' })).toBe('CONDITIONAL');
    expect(registerEventBetween({ ...active, status: 'CONDITIONAL' }, { ...active, status: 'EXPIRED' })).toBe('EXPIRED');
    expect(registerEventBetween(active, { ...active, status: 'EXPIRED' })).toBe('EXPIRED');
    expect(registerEventBetween({ ...active, status: 'EXPIRED' }, { ...active, status: 'CONDITIONAL' })).toBe('CONDITIONAL');
    expect(registerEventBetween({ ...active, status: 'CONDITIONAL' }, { ...active, periodStartsOn: d('2024-03-01') })).toBe('RE_REGISTERED');
  });

  it('names a re-registration approved in time (a later period of the same registration)', () => {
    expect(registerEventBetween(active, { ...active, periodStartsOn: d('2024-02-01') })).toBe('RE_REGISTERED');
  });

  it('names a new registration and an aspirant becoming fully registered as registered', () => {
    expect(registerEventBetween(active, { ...active, registrationId: 'r2' })).toBe('REGISTERED');
    expect(registerEventBetween({ ...active, aspirant: true }, { ...active, periodStartsOn: d('2021-08-01') })).toBe('REGISTERED');
  });

  it('is silent when nothing subscribers care about changed', () => {
    expect(registerEventBetween(active, active)).toBeNull();
    expect(registerEventBetween({ ...active, status: 'EXPIRED' }, { ...active, status: 'EXPIRED' })).toBeNull();
    expect(registerEventBetween(active, null)).toBeNull();
    expect(registerEventBetween(null, { ...active, status: 'DEREGISTERED' })).toBeNull();
    expect(registerEventBetween({ ...active, aspirant: true }, { ...active, aspirant: true, periodStartsOn: d('2021-01-01') })).toBeNull();
  });
});
