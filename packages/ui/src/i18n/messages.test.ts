import { describe, expect, it } from 'vitest';
import { messageKeys } from './messages';
import { uiEn, uiNl } from './uiMessages';

describe('shared ui strings', () => {
  it('have the same keys in Dutch and English', () => {
    expect(messageKeys(uiEn)).toEqual(messageKeys(uiNl));
  });

  it('have no empty strings', () => {
    const values = (tree: object): unknown[] =>
      Object.values(tree).flatMap((value: unknown) => (typeof value === 'object' && value !== null ? values(value) : [value]));
    for (const value of [...values(uiNl), ...values(uiEn)]) expect(value).not.toBe('');
  });
});
