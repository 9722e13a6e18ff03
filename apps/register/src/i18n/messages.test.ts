import { messageKeys } from '@srpo/ui';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { nl } from './nl';

describe('register strings', () => {
  it('have the same keys in Dutch and English', () => {
    expect(messageKeys(en)).toEqual(messageKeys(nl));
  });
});
