import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { MAX_BULK_LOOKUP, PAGE_SIZE } from './apiFacts';
import { CodeBlock } from './CodeBlock';
import { API_EXAMPLES, variablesJson } from './examples';
import { RichText } from './RichText';

/** Every example with its explanation, query and variables, each copyable. */
export function ExampleList() {
  const { t } = useTranslation();
  const values = { max: MAX_BULK_LOOKUP, min: PAGE_SIZE.min } as const;
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {API_EXAMPLES.map((example) => {
        const title = t(`apiDocs.examples.${example.id}.title`);
        const description = t(`apiDocs.examples.${example.id}.description`, {
          ...values,
          max: example.id === 'bulkCheck' ? MAX_BULK_LOOKUP : PAGE_SIZE.max,
        });
        return (
          <Box component="li" key={example.id} data-testid="api-example" data-example={example.id} sx={{ mb: 4, minWidth: 0 }}>
            <Typography variant="h3" sx={{ fontSize: '1.25rem', mb: 1 }}>
              {title}
            </Typography>
            <Typography sx={{ mb: 2, maxWidth: '70ch' }}>
              <RichText text={description} />
            </Typography>
            <CodeBlock caption={t('apiDocs.examples.query')} copyName={t('apiDocs.copy.of', { part: t('apiDocs.examples.query'), example: title })} code={example.query} />
            <CodeBlock
              caption={t('apiDocs.examples.variables')}
              copyName={t('apiDocs.copy.of', { part: t('apiDocs.examples.variables'), example: title })}
              code={variablesJson(example)}
            />
          </Box>
        );
      })}
    </Box>
  );
}
