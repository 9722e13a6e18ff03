import { messageKeys } from '@srpo/ui';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { enApiDocs } from './enApiDocs';
import { nl } from './nl';
import { nlApiDocs } from './nlApiDocs';
import { enOpenData } from './enOpenData';
import { nlOpenData } from './nlOpenData';
import { nlStatistics } from './nlStatistics';
import { enStatistics } from './enStatistics';
import { enWebhookDocs } from './enWebhookDocs';
import { nlWebhookDocs } from './nlWebhookDocs';
import { enVerification } from './enVerification';
import { nlVerification } from './nlVerification';

describe('register strings', () => {
  it('have the same keys in Dutch and English', () => {
    expect(messageKeys(en)).toEqual(messageKeys(nl));
    expect(messageKeys(enApiDocs)).toEqual(messageKeys(nlApiDocs));
    expect(messageKeys(enOpenData)).toEqual(messageKeys(nlOpenData));
    expect(messageKeys(enStatistics)).toEqual(messageKeys(nlStatistics));
    expect(messageKeys(enWebhookDocs)).toEqual(messageKeys(nlWebhookDocs));
    expect(messageKeys(enVerification)).toEqual(messageKeys(nlVerification));
  });
});
