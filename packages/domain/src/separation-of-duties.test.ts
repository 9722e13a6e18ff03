import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNotOwnCase, isOwnCase } from './separation-of-duties';

describe('separation of duties (§6)', () => {
  const decider = { accountId: 'a1', leaderId: 'l1', providerId: 'p1', boardId: 'b1' };

  it.each([
    ['their own application (as leader)', { leaderId: 'l1' }, true],
    ['a case they filed (account)', { accountIds: ['x', 'a1'] }, true],
    ['their own provider’s offering', { providerId: 'p1' }, true],
    ['someone else’s application', { leaderId: 'l2', accountIds: ['a2'] }, false],
    ['another provider’s offering', { providerId: 'p2' }, false],
    ['their own board’s offering', { boardId: 'b1' }, true],
    ['a case without parties', {}, false],
  ])('%s → own case %s', (_label, parties, own) => {
    expect(isOwnCase(decider, parties)).toBe(own);
    expect(checkNotOwnCase(decider, parties).ok).toBe(!own);
  });

  it('refuses with OWN_CASE and a Dutch message', () => {
    expect(checkNotOwnCase(decider, { leaderId: 'l1' })).toMatchObject({ ok: false, reasons: [{ code: 'OWN_CASE', message: expect.stringMatching(/eigen zaak/) }] });
  });

  it('missing ids never match each other', () => {
    expect(isOwnCase({ accountId: 'a1', leaderId: null, providerId: null }, { leaderId: null, providerId: null, accountIds: [null, undefined] })).toBe(false);
  });

  it('property: a decider is a party exactly when one of the ids matches', () => {
    const id = fc.constantFrom('a', 'b', 'c', null);
    fc.assert(
      fc.property(id, id, id, id, id, id, (account, leader, provider, partyAccount, partyLeader, partyProvider) => {
        const own = isOwnCase(
          { accountId: account ?? 'z', leaderId: leader, providerId: provider },
          { accountIds: [partyAccount], leaderId: partyLeader, providerId: partyProvider },
        );
        const expected = (partyAccount !== null && partyAccount === (account ?? 'z')) || (leader !== null && leader === partyLeader) || (provider !== null && provider === partyProvider);
        expect(own).toBe(expected);
      }),
    );
  });
});
