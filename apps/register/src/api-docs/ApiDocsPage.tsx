import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useDocumentTitle } from '@srpo/ui';
import { Trans, useTranslation } from 'react-i18next';
import { addApiDocsStrings } from './apiDocsStrings';
import { API_KEY_REQUEST_ADDRESS } from './contact';
import { CodeBlock } from './CodeBlock';
import { CredentialsSection } from './CredentialsSection';
import { ErrorCatalogueSection } from './ErrorCatalogueSection';
import { curlCommand } from './examples';
import { ExampleList } from './ExampleList';
import { LimitsSection } from './LimitsSection';
import { OpenDataSection } from './OpenDataSection';
import { RichText } from './RichText';
import { WebhooksSection } from './WebhooksSection';

/** Anchors of the page's sections (Dutch, like the site's paths). */
const SECTION = {
  audience: 'voor-wie',
  endpoint: 'aansluiten',
  keys: 'api-sleutel',
  examples: 'voorbeelden',
  limits: 'grenzen',
  rateLimits: 'tegoed',
  errors: 'foutcodes',
  openData: 'open-data',
  webhooks: 'webhooks',
  credentials: 'bewijs-van-registratie',
} as const;

const h2Sx = { fontSize: '1.75rem', mt: 5, mb: 2 } as const;
const textSx = { mb: 2, maxWidth: '70ch' } as const;
const listSx = { maxWidth: '70ch', pl: 3, mt: 0, mb: 2, '& li': { mb: 0.5 } } as const;

/** `/api`: the public GraphQL API for third parties, with examples checked against the schema. */
export function ApiDocsPage() {
  const { t, i18n } = useTranslation();
  addApiDocsStrings(i18n);
  useDocumentTitle(t('apiDocs.documentTitle'));
  const endpoint = `${window.location.origin}/graphql`;
  const toc = [
    [SECTION.audience, t('apiDocs.audience.title')],
    [SECTION.endpoint, t('apiDocs.endpoint.title')],
    [SECTION.keys, t('apiDocs.keys.title')],
    [SECTION.examples, t('apiDocs.examples.title')],
    [SECTION.limits, t('apiDocs.limits.title')],
    [SECTION.rateLimits, t('apiDocs.rateLimits.title')],
    [SECTION.errors, t('apiDocs.errors.title')],
    [SECTION.openData, t('apiDocs.openData.title')],
    [SECTION.webhooks, t('apiDocs.webhooks.title')],
    [SECTION.credentials, t('verification.howTo.title')],
  ] as const;

  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="h1" gutterBottom>
        {t('apiDocs.title')}
      </Typography>
      <Typography sx={textSx}>{t('apiDocs.intro')}</Typography>

      <Box component="nav" aria-labelledby="api-docs-toc" sx={{ mb: 3 }}>
        <Typography id="api-docs-toc" sx={{ fontWeight: 600, mb: 0.5 }}>
          {t('apiDocs.toc')}
        </Typography>
        <Box component="ul" sx={listSx}>
          {toc.map(([id, label]) => (
            <li key={id}>
              <Link href={`#${id}`}>{label}</Link>
            </li>
          ))}
        </Box>
      </Box>

      <Typography variant="h2" id={SECTION.audience} sx={h2Sx}>
        {t('apiDocs.audience.title')}
      </Typography>
      <Typography sx={textSx}>{t('apiDocs.audience.intro')}</Typography>
      <Box component="ul" sx={listSx}>
        <li>{t('apiDocs.audience.boards')}</li>
        <li>{t('apiDocs.audience.duo')}</li>
        <li>{t('apiDocs.audience.researchers')}</li>
      </Box>
      <Typography sx={textSx}>{t('apiDocs.audience.publicOnly')}</Typography>

      <Typography variant="h2" id={SECTION.endpoint} sx={h2Sx}>
        {t('apiDocs.endpoint.title')}
      </Typography>
      <Typography sx={textSx}>
        <RichText text={t('apiDocs.endpoint.body')} />
      </Typography>
      <CodeBlock caption={t('apiDocs.endpoint.address')} copyName={t('apiDocs.endpoint.address')} code={`POST ${endpoint}`} />
      <CodeBlock caption={t('apiDocs.endpoint.curl')} copyName={t('apiDocs.endpoint.curl')} code={curlCommand(endpoint)} />
      <Typography sx={textSx}>
        <RichText text={t('apiDocs.endpoint.schema')} />
      </Typography>

      <Typography variant="h2" id={SECTION.keys} sx={h2Sx}>
        {t('apiDocs.keys.title')}
      </Typography>
      <Typography sx={textSx}>{t('apiDocs.keys.anonymous')}</Typography>
      <Typography sx={textSx}>{t('apiDocs.keys.withKey')}</Typography>
      <CodeBlock caption={t('apiDocs.keys.header')} copyName={t('apiDocs.keys.header')} code={t('apiDocs.keys.headerValue')} />
      <Typography sx={{ ...textSx, mb: 1 }}>{t('apiDocs.keys.scopes')}</Typography>
      <Box component="ul" sx={listSx}>
        <li>
          <RichText text={t('apiDocs.keys.scopePublicRead')} />
        </li>
        <li>
          <RichText text={t('apiDocs.keys.scopeBulkLookup')} />
        </li>
      </Box>
      <Typography sx={textSx}>
        <RichText text={t('apiDocs.keys.scopeRefusals')} />
      </Typography>
      <Typography variant="h3" sx={{ fontSize: '1.25rem', mt: 3, mb: 1 }}>
        {t('apiDocs.keys.requestTitle')}
      </Typography>
      <Typography sx={{ ...textSx, mb: 1 }}>
        <Trans
          i18nKey="apiDocs.keys.request"
          values={{ address: API_KEY_REQUEST_ADDRESS }}
          components={{ mail: <Link href={`mailto:${API_KEY_REQUEST_ADDRESS}`} /> }}
        />
      </Typography>
      <Box component="ul" sx={listSx}>
        <li>{t('apiDocs.keys.requestOrganisation')}</li>
        <li>{t('apiDocs.keys.requestContact')}</li>
        <li>{t('apiDocs.keys.requestPurpose')}</li>
        <li>{t('apiDocs.keys.requestScopes')}</li>
      </Box>
      <Typography sx={textSx}>{t('apiDocs.keys.once')}</Typography>
      <Typography sx={textSx}>{t('apiDocs.keys.secret')}</Typography>

      <Typography variant="h2" id={SECTION.examples} sx={h2Sx}>
        {t('apiDocs.examples.title')}
      </Typography>
      <Typography sx={textSx}>{t('apiDocs.examples.intro')}</Typography>
      <ExampleList />

      <LimitsSection headingIds={{ limits: SECTION.limits, rateLimits: SECTION.rateLimits }} />
      <ErrorCatalogueSection headingId={SECTION.errors} />
      <OpenDataSection headingId={SECTION.openData} />
      <WebhooksSection headingId={SECTION.webhooks} />
      <CredentialsSection headingId={SECTION.credentials} headingSx={h2Sx} />
    </Box>
  );
}
