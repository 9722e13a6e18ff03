import { describe, expect, it } from 'vitest';
import { homePathFor, orderedRoles } from './workspaces';

describe('workspaces', () => {
  it('lists roles in the portal order', () => {
    expect(orderedRoles(['ASSESSOR', 'LEADER', 'COMMITTEE'])).toEqual(['COMMITTEE', 'LEADER', 'ASSESSOR']);
  });

  it('sends a single-role account to its workspace and everyone else, staff included, to the overview', () => {
    expect(homePathFor(['STAFF'])).toBe('/');
    expect(homePathFor(['LEADER'])).toBe('/mijn-registratie');
    expect(homePathFor(['LEADER', 'COMMITTEE'])).toBe('/');
    expect(homePathFor([])).toBe('/');
  });
});
