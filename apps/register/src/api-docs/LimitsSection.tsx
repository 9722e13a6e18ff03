import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { COST_MODEL, DEFAULT_RATE_LIMITS, MAX_BULK_LOOKUP, PAGE_SIZE, QUERY_LIMITS, RATE_LIMIT_HEADERS } from './apiFacts';
import { CodeBlock } from './CodeBlock';
import { quickStartAnswer } from './examples';
import { inlineCodeSx, RichText } from './RichText';

const listSx = { maxWidth: '70ch', pl: 3, mt: 0, mb: 2, '& li': { mb: 1 } } as const;

/** The limits per request (refused before anything runs) and the allowance per period (429). */
export function LimitsSection({ headingIds }: { headingIds: { limits: string; rateLimits: string } }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const limits = [
    t('apiDocs.limits.depth', { value: number(QUERY_LIMITS.maxDepth) }),
    t('apiDocs.limits.aliases', { value: number(QUERY_LIMITS.maxAliases) }),
    t('apiDocs.limits.tokens', { value: number(QUERY_LIMITS.maxTokens) }),
    t('apiDocs.limits.pageSize', { min: number(PAGE_SIZE.min), max: number(PAGE_SIZE.max) }),
    t('apiDocs.limits.bulk', { value: number(MAX_BULK_LOOKUP) }),
    t('apiDocs.limits.statistics', {
      value: number(COST_MODEL.statisticsCost),
      perRequest: number(Math.floor(QUERY_LIMITS.maxCost / COST_MODEL.statisticsCost)),
    }),
    t('apiDocs.limits.cost', {
      value: number(QUERY_LIMITS.maxCost),
      object: number(COST_MODEL.objectCost),
      totalCount: number(COST_MODEL.totalCountCost),
      defaultPage: number(COST_MODEL.defaultPageEstimate),
      unpaged: number(COST_MODEL.unpagedListEstimate),
    }),
  ];
  return (
    <>
      <Typography variant="h2" id={headingIds.limits} sx={{ fontSize: '1.75rem', mt: 5, mb: 2 }}>
        {t('apiDocs.limits.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>
        <RichText text={t('apiDocs.limits.intro')} />
      </Typography>
      <Box component="ul" sx={listSx} data-testid="api-limits">
        {limits.map((text) => (
          <li key={text}>
            <RichText text={text} />
          </li>
        ))}
      </Box>

      <Typography variant="h2" id={headingIds.rateLimits} sx={{ fontSize: '1.75rem', mt: 5, mb: 2 }}>
        {t('apiDocs.rateLimits.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>
        <RichText text={t('apiDocs.rateLimits.intro')} />
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }} data-testid="rate-limit-budgets">
        {t('apiDocs.rateLimits.budgets', {
          anonymous: number(DEFAULT_RATE_LIMITS.anonymousPoints),
          apiKey: number(DEFAULT_RATE_LIMITS.apiKeyPoints),
          window: number(DEFAULT_RATE_LIMITS.windowSeconds),
        })}
      </Typography>
      <CodeBlock
        caption={t('apiDocs.rateLimits.costExample')}
        copyName={t('apiDocs.rateLimits.costExample')}
        code={quickStartAnswer(QUERY_LIMITS.maxCost, DEFAULT_RATE_LIMITS.anonymousPoints, DEFAULT_RATE_LIMITS.windowSeconds)}
      />
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>
        <RichText text={t('apiDocs.rateLimits.costFields')} />
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>
        <RichText text={t('apiDocs.rateLimits.exhausted')} />
      </Typography>
      <Typography sx={{ mb: 1, maxWidth: '70ch' }}>{t('apiDocs.rateLimits.headers')}</Typography>
      <Box component="dl" sx={{ maxWidth: '70ch', mt: 0, mb: 2, '& dd': { ml: 3, mb: 1 } }} data-testid="rate-limit-headers">
        {RATE_LIMIT_HEADERS.map((header) => (
          <Box key={header}>
            <dt>
              <Box component="code" sx={inlineCodeSx}>
                {header}
              </Box>
            </dt>
            <dd>
              <RichText text={t(`apiDocs.rateLimits.header.${header}`)} />
            </dd>
          </Box>
        ))}
      </Box>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>
        <RichText text={t('apiDocs.rateLimits.advice')} />
      </Typography>
    </>
  );
}
