import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { CodeBlock } from './CodeBlock';
import { RichText } from './RichText';

/** The open-data files' addresses (the API's `OPEN_DATA_PATHS`). */
const OPEN_DATA_FILES = { csv: '/open-data/schoolleidersregister.csv', json: '/open-data/schoolleidersregister.json' } as const;

/** The fields of each entry, in the files' order. */
const FIELDS = [
  'registerNumber',
  'displayName',
  'title',
  'aspirant',
  'qualificationLevel',
  'status',
  'registeredOn',
  'reRegistrationDue',
  'completedThemes',
  'boards',
] as const;

const textSx = { mb: 2, maxWidth: '70ch' } as const;
const listSx = { maxWidth: '70ch', pl: 3, mt: 0, mb: 2, '& li': { mb: 0.5 } } as const;

/** The daily open-data files (CSV, JSON): where, when, which fields, under which licence; and the entry pages' JSON-LD. */
export function OpenDataSection({ headingId }: { headingId: string }) {
  const { t } = useTranslation();
  const origin = window.location.origin;
  return (
    <>
      <Typography variant="h2" id={headingId} sx={{ fontSize: '1.75rem', mt: 5, mb: 2 }}>
        {t('apiDocs.openData.title')}
      </Typography>
      <Typography sx={textSx}>{t('apiDocs.openData.intro')}</Typography>
      <CodeBlock caption={t('apiDocs.openData.csv')} copyName={t('apiDocs.openData.csv')} code={`${origin}${OPEN_DATA_FILES.csv}`} />
      <CodeBlock caption={t('apiDocs.openData.json')} copyName={t('apiDocs.openData.json')} code={`${origin}${OPEN_DATA_FILES.json}`} />
      <Typography sx={textSx}>
        <RichText text={t('apiDocs.openData.daily')} />
      </Typography>
      <Typography sx={{ ...textSx, mb: 1 }}>
        <RichText text={t('apiDocs.openData.fieldsIntro')} />
      </Typography>
      <Box component="ul" sx={listSx} data-testid="open-data-fields">
        {FIELDS.map((field) => (
          <li key={field}>
            <RichText text={t(`apiDocs.openData.fields.${field}`)} />
          </li>
        ))}
      </Box>
      <Typography sx={textSx}>
        <RichText text={t('apiDocs.openData.csvLists')} />
      </Typography>
      <Typography sx={textSx}>{t('apiDocs.openData.never')}</Typography>
      <Typography sx={textSx}>
        <RichText text={t('apiDocs.openData.licence')} />
      </Typography>
      <Typography sx={textSx}>
        <RichText text={t('apiDocs.openData.jsonLd')} />
      </Typography>
    </>
  );
}
