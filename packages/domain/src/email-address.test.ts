import { describe, expect, it } from 'vitest';
import { isEmailAddress } from './email-address';

describe('isEmailAddress', () => {
  it.each(['a@b.nl', 'anna.de.wit@bestuur.example.nl', 'x+y@sub.domain.org'])('accepts %s', (text) => {
    expect(isEmailAddress(text)).toBe(true);
  });

  it.each(['', 'anna', 'anna@', '@bestuur.nl', 'anna@bestuur', 'anna de wit@bestuur.nl', 'a@@b.nl'])('refuses "%s"', (text) => {
    expect(isEmailAddress(text)).toBe(false);
  });
});
