import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';

/** The current UI language and a setter. */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { i18n } = useTranslation('ui');
  const current = i18n.resolvedLanguage ?? i18n.language;
  const setLanguage = useCallback(
    (language: Language) => {
      void i18n.changeLanguage(language);
    },
    [i18n],
  );
  return { language: isLanguage(current) ? current : DEFAULT_LANGUAGE, setLanguage };
}
