import { messageKeys } from '@srpo/ui';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { enApiDocs } from './enApiDocs';
import { nl } from './nl';
import { nlApiDocs } from './nlApiDocs';

describe('register strings', () => {
  it('have the same keys in Dutch and English', () => {
    expect(messageKeys(en)).toEqual(messageKeys(nl));
    expect(messageKeys(enApiDocs)).toEqual(messageKeys(nlApiDocs));
  });
});
