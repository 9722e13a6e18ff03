import { describe, expect, it } from 'vitest';
import { availableStaffActions } from './staffActions';

describe('availableStaffActions', () => {
  it('follows the domain’s transition table per status', () => {
    expect(availableStaffActions('SUBMITTED')).toEqual(['RETURN', 'MARK_COMPLETE']);
    expect(availableStaffActions('COMPLETE')).toEqual(['RETURN', 'SCHEDULE']);
    expect(availableStaffActions('SCHEDULED')).toEqual(['SCHEDULE']);
  });

  it('offers nothing while the leader holds the application or once it is closed', () => {
    for (const status of ['DRAFT', 'RETURNED', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const) {
      expect(availableStaffActions(status)).toEqual([]);
    }
  });
});
