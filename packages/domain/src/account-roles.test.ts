import { describe, expect, it } from 'vitest';
import { checkRoleAssignment, checkStaffAccountChange, type RoleAssignment, type StaffAccountChange } from './account-roles';

const codes = (result: ReturnType<typeof checkRoleAssignment>) => (result.ok ? [] : result.reasons.map((r) => r.code));

describe('role assignment', () => {
  it.each<[string, RoleAssignment, string[]]>([
    ['staff alone', { roles: ['STAFF'] }, []],
    ['staff on the committee, a leader too', { roles: ['STAFF', 'COMMITTEE', 'LEADER'], leaderId: 'l1' }, []],
    ['a provider linked to its provider', { roles: ['PROVIDER', 'COMMITTEE'], providerId: 'p1' }, []],
    ['a board linked to its board', { roles: ['BOARD'], boardId: 'b1' }, []],
    ['a leader without a leader record yet', { roles: ['LEADER'] }, []],
    ['no role', { roles: [] }, ['ACCOUNT_NEEDS_ROLE']],
    ['staff acting for a provider', { roles: ['STAFF', 'PROVIDER'], providerId: 'p1' }, ['STAFF_WITH_ORGANISATION_ROLE']],
    ['staff as assessor', { roles: ['STAFF', 'ASSESSOR'], assessorOrganisationId: 'a1' }, ['STAFF_WITH_ORGANISATION_ROLE']],
    ['an assessor linked to its organisation', { roles: ['ASSESSOR'], assessorOrganisationId: 'a1' }, []],
    ['an assessor account without an organisation', { roles: ['ASSESSOR'] }, ['ASSESSOR_ROLE_NEEDS_ORGANISATION']],
    ['an assessor organisation link without the role', { roles: ['LEADER'], assessorOrganisationId: 'a1' }, ['LINK_NEEDS_ROLE']],
    ['a board account without a board', { roles: ['BOARD'] }, ['BOARD_ROLE_NEEDS_BOARD']],
    ['a provider account without a provider', { roles: ['PROVIDER'], providerId: null }, ['PROVIDER_ROLE_NEEDS_PROVIDER']],
    ['a board link without the role', { roles: ['COMMITTEE'], boardId: 'b1' }, ['LINK_NEEDS_ROLE']],
    ['a leader link without the role', { roles: ['STAFF'], leaderId: 'l1' }, ['LINK_NEEDS_ROLE']],
    ['everything wrong at once', { roles: ['STAFF', 'BOARD'], providerId: 'p1' }, ['STAFF_WITH_ORGANISATION_ROLE', 'BOARD_ROLE_NEEDS_BOARD', 'LINK_NEEDS_ROLE']],
  ])('%s → %j', (_label, assignment, expected) => {
    expect(codes(checkRoleAssignment(assignment))).toEqual(expected);
  });

  it('explains in Dutch', () => {
    expect(checkRoleAssignment({ roles: ['STAFF', 'PROVIDER'], providerId: 'p' })).toMatchObject({ ok: false, reasons: [{ message: expect.stringMatching(/registerbureau/) }] });
  });
});

describe('what staff may do to an account', () => {
  const base: StaffAccountChange = { actorAccountId: 'me', accountId: 'other', kind: 'ROLES', rolesChange: true, endsActiveStaff: false, otherActiveStaff: 3 };
  const code = (change: Partial<StaffAccountChange>) => {
    const result = checkStaffAccountChange({ ...base, ...change });
    return result.ok ? null : result.reasons[0]?.code;
  };

  it('allows changing someone else', () => {
    expect(code({})).toBeNull();
    expect(code({ kind: 'DEACTIVATE' })).toBeNull();
  });

  it('refuses one’s own roles and one’s own deactivation (separation of duties)', () => {
    expect(code({ accountId: 'me' })).toBe('OWN_ACCOUNT_ROLES');
    expect(code({ accountId: 'me', kind: 'DEACTIVATE' })).toBe('OWN_ACCOUNT_DEACTIVATION');
  });

  it('allows editing one’s own account when the roles stay the same', () => {
    expect(code({ accountId: 'me', rolesChange: false })).toBeNull();
  });

  it('never loses the last active staff account', () => {
    expect(code({ endsActiveStaff: true, otherActiveStaff: 0 })).toBe('LAST_ACTIVE_STAFF');
    expect(code({ kind: 'DEACTIVATE', endsActiveStaff: true, otherActiveStaff: 0 })).toBe('LAST_ACTIVE_STAFF');
    expect(code({ endsActiveStaff: true, otherActiveStaff: 1 })).toBeNull();
    expect(code({ endsActiveStaff: false, otherActiveStaff: 0 })).toBeNull();
  });
});
