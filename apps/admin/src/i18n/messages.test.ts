import { messageKeys } from '@srpo/ui';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from './createAppI18n';
import { en } from './en';
import { nl } from './nl';

/** Every Dutch string of the portal, flattened. */
function strings(tree: object): string[] {
  return Object.values(tree).flatMap((value: unknown) => (typeof value === 'string' ? [value] : typeof value === 'object' && value ? strings(value) : []));
}

describe('portal strings', () => {
  it('have the same keys in Dutch and English', () => {
    expect(messageKeys(en)).toEqual(messageKeys(nl));
  });

  it('load English on first use: Dutch at once, English after the language change has waited for its chunk', async () => {
    const i18n = createAppI18n({ language: 'nl', storage: null });
    expect(i18n.t('app.title')).toBe(nl.app.title);
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);

    await i18n.changeLanguage('en');

    expect(i18n.language).toBe('en');
    expect(i18n.t('app.title')).toBe(en.app.title);
    expect(en.app.title).not.toBe(nl.app.title);
  });

  it('count in the singular for one ("1 aanvraag", not "1 aanvragen")', () => {
    const i18n = createAppI18n({ language: 'nl', storage: null });
    expect(i18n.t('meetings.agendaCount', { count: 1, open: 1 })).toBe('1 aanvraag, waarvan 1 open');
    expect(i18n.t('meetings.agendaCount', { count: 3, open: 1 })).toBe('3 aanvragen, waarvan 1 open');
    expect(i18n.t('committee.agenda.decidedAll', { count: 1 })).toBe('1 besluit vastgelegd.');
    expect(i18n.t('provider.report.counts', { count: 1, recorded: 1, alreadyRecorded: 0, rejected: 0 })).toBe('1 regel: 1 geregistreerd, 0 al eerder geregistreerd, 0 afgewezen.');
  });

  it('address the user with "u hebt", not "u heeft"', () => {
    expect(strings(nl).filter((text) => /\bu heeft\b|\bheeft u\b/i.test(text))).toEqual([]);
  });
});
