import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES } from './languages';
import { useLanguage } from './useLanguage';

/** Switches the UI language; each option is labelled in its own language. */
export function LanguageSwitch() {
  const { t } = useTranslation('ui');
  const { language, setLanguage } = useLanguage();
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      value={language}
      aria-label={t('language.label')}
      onChange={(_event, next: unknown) => {
        if (isLanguage(next)) setLanguage(next);
      }}
      sx={{
        '& .MuiToggleButton-root': {
          color: 'inherit',
          borderColor: 'rgba(255, 255, 255, 0.7)',
          textTransform: 'none',
          px: 1.25,
          py: 0.25,
        },
        '& .MuiToggleButton-root.Mui-selected, & .MuiToggleButton-root.Mui-selected:hover': {
          bgcolor: 'common.white',
          color: 'primary.main',
        },
        '& .MuiToggleButton-root:focus-visible': { outline: '3px solid #ffffff', outlineOffset: 2 },
      }}
    >
      {LANGUAGES.map((code) => (
        <ToggleButton key={code} value={code} lang={code}>
          {t(`language.${code}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
