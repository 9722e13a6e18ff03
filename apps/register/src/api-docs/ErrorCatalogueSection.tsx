import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { errorCatalogue, type CatalogueEntry } from './apiFacts';
import { catalogueText } from './errorTexts';
import { inlineCodeSx, RichText } from './RichText';

const catalogue = errorCatalogue();

/** The description, marked as Dutch when the English page has no translation of it (WCAG 3.1.2). */
function Description({ entry, language }: { entry: CatalogueEntry; language: string }) {
  const { text, lang } = catalogueText(entry, language);
  return (
    <dd lang={lang === language ? undefined : lang}>
      <RichText text={text} />
    </dd>
  );
}

const dlSx = { maxWidth: '75ch', mt: 0, mb: 3, '& dt': { fontWeight: 600, mt: 1.5 }, '& dd': { ml: { xs: 2, sm: 3 }, mt: 0.5 } } as const;

/** `extensions.code` (the classes) and `extensions.reason` (every rule code), from the API's catalogue. */
export function ErrorCatalogueSection({ headingId }: { headingId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Typography variant="h2" id={headingId} sx={{ fontSize: '1.75rem', mt: 5, mb: 2 }}>
        {t('apiDocs.errors.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>
        <RichText text={t('apiDocs.errors.intro')} />
      </Typography>

      <Typography variant="h3" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {t('apiDocs.errors.codesTitle')}
      </Typography>
      <Box component="dl" sx={dlSx} data-testid="error-classes">
        {catalogue.classes.map((entry) => (
          <Box key={entry.code} data-code={entry.code}>
            <dt>
              <Box component="code" sx={inlineCodeSx}>
                {entry.code}
              </Box>
            </dt>
            <Description entry={entry} language={i18n.language} />
          </Box>
        ))}
      </Box>

      <Typography variant="h3" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {t('apiDocs.errors.reasonsTitle')}
      </Typography>
      <Typography sx={{ mb: 1, maxWidth: '70ch' }}>{t('apiDocs.errors.reasonsIntro')}</Typography>
      <Box component="dl" sx={dlSx} data-testid="error-reasons">
        {catalogue.reasons.map((entry) => (
          <Box key={entry.code} data-code={entry.code}>
            <dt>
              <Box component="code" sx={inlineCodeSx}>
                {entry.code}
              </Box>
              {entry.class && (
                <Box component="span" sx={{ fontWeight: 400, color: 'text.secondary' }}>
                  {' '}
                  (<RichText text={t('apiDocs.errors.reasonClass', { class: entry.class })} />)
                </Box>
              )}
            </dt>
            <Description entry={entry} language={i18n.language} />
          </Box>
        ))}
      </Box>
    </>
  );
}
