import { describe, expect, it } from 'vitest';
import { displayName, initialsOf, sortName } from './leader-names';

describe('leader names', () => {
  it.each([
    [{ firstName: 'Jan', infix: 'van', lastName: 'Dijk' }, 'Jan van Dijk', 'Dijk, Jan van'],
    [{ firstName: 'Fatima', infix: null, lastName: 'el Amrani' }, 'Fatima el Amrani', 'el Amrani, Fatima'],
    [{ firstName: ' Anne  Marie ', infix: 'van  der', lastName: 'Berg ' }, 'Anne Marie van der Berg', 'Berg, Anne Marie van der'],
    [{ firstName: 'Kees', infix: '', lastName: 'Jansen' }, 'Kees Jansen', 'Jansen, Kees'],
  ])('writes %o as "%s" and lists it as "%s"', (parts, display, sort) => {
    expect(displayName(parts)).toBe(display);
    expect(sortName(parts)).toBe(sort);
  });

  it.each([
    ['Jan', 'J.'],
    [' jan  pieter ', 'J.P.'],
    ['Anne-Marie', 'A.M.'],
    ['Ëlla', 'Ë.'],
  ])('gives %s the initials %s', (firstNames, initials) => {
    expect(initialsOf(firstNames)).toBe(initials);
  });
});
