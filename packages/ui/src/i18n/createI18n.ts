import { createInstance, type i18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from './languages';
import type { MessageTree } from './messages';
import { uiEn, uiNl } from './uiMessages';

export const LANGUAGE_STORAGE_KEY = 'srpo.language';

/** Strings bundled with the app, or loaded when the language is first used (a chunk of their own). */
export type LanguageStrings = MessageTree | (() => Promise<MessageTree>);

export interface CreateI18nOptions {
  /**
   * The app's own strings (default namespace `translation`), per language. Dutch is always bundled: most users
   * never switch, so the apps load English as its own chunk on first use instead of in every first visit.
   */
  resources: { nl: MessageTree } & Record<Exclude<Language, 'nl'>, LanguageStrings>;
  /** Start language; default: the user's stored choice, else Dutch. */
  language?: Language;
  /** Where the user's choice is remembered; `null` to not remember (tests). */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
}

function defaultStorage(): Pick<Storage, 'getItem' | 'setItem'> | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage blocked by the browser
  }
}

function reflectLanguageInDocument(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/**
 * An i18next instance with the app's strings in `translation` and the shared strings in `ui`.
 * Dutch is the default and the fallback; English is second. Initialised synchronously; English strings given as a
 * loader arrive asynchronously (a language change waits for them).
 */
export function createI18n({ resources, language, storage = defaultStorage() }: CreateI18nOptions): i18n {
  const stored = storage?.getItem(LANGUAGE_STORAGE_KEY);
  const startLanguage: Language = language ?? (isLanguage(stored) ? stored : DEFAULT_LANGUAGE);
  const instance = createInstance();
  const { en } = resources;
  if (typeof en === 'function') instance.use(resourcesToBackend(async (language: string, namespace: string) => (language === 'en' && namespace === 'translation' ? en() : {})));
  void instance.use(initReactI18next).init({
    resources: {
      nl: { translation: resources.nl, ui: uiNl },
      en: typeof en === 'function' ? { ui: uiEn } : { translation: en, ui: uiEn },
    },
    // With English loaded on demand, i18next keeps the bundled strings and asks the loader only for the rest.
    partialBundledLanguages: true,
    lng: startLanguage,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: ['translation', 'ui'],
    defaultNS: 'translation',
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    // A visitor starting in English sees Dutch for the moment the English chunk loads, rather than nothing.
    react: { useSuspense: false },
  });
  reflectLanguageInDocument(startLanguage);
  instance.on('languageChanged', (next: string) => {
    reflectLanguageInDocument(next);
    if (isLanguage(next)) storage?.setItem(LANGUAGE_STORAGE_KEY, next);
  });
  return instance;
}
