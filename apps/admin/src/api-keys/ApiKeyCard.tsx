import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ApiKeyFieldsFragment } from '../gql/graphql';
import { useApiKeyLabels } from './useApiKeyLabels';

export interface ApiKeyCardProps {
  apiKey: ApiKeyFieldsFragment;
  onRevoke(apiKey: ApiKeyFieldsFragment): void;
}

/** One key: who has it and what for, its access, when it was issued and last used, and how much. */
export function ApiKeyCard({ apiKey, onRevoke }: ApiKeyCardProps) {
  const { t } = useTranslation();
  const labels = useApiKeyLabels();
  const revoked = apiKey.revokedAt !== null && apiKey.revokedAt !== undefined;
  const facts: [string, string][] = [
    [t('apiKeys.fields.purpose'), apiKey.purpose],
    [t('apiKeys.fields.contact'), t('apiKeys.contact', { name: apiKey.contactName, email: apiKey.contactEmail })],
    [t('apiKeys.fields.scopes'), apiKey.scopes.map(labels.scope).join(', ')],
    [t('apiKeys.fields.prefix'), `${apiKey.prefix}…`],
    [t('apiKeys.fields.createdAt'), labels.moment(apiKey.createdAt)],
    [t('apiKeys.fields.lastUsedAt'), labels.lastUsed(apiKey)],
    [t('apiKeys.fields.usage'), labels.usage(apiKey.usageCount)],
  ];
  if (apiKey.revokedAt) facts.push([t('apiKeys.fields.revokedAt'), labels.moment(apiKey.revokedAt)]);

  return (
    <Paper component="li" variant="outlined" data-testid="api-key" data-status={revoked ? 'revoked' : 'active'} sx={{ p: 2, mb: 2, listStyle: 'none' }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography variant="h3" sx={{ fontSize: '1.25rem', overflowWrap: 'anywhere' }}>
          {apiKey.organisation}
        </Typography>
        <Chip size="small" label={labels.status(apiKey)} color={revoked ? 'default' : 'success'} variant={revoked ? 'outlined' : 'filled'} />
      </Box>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'minmax(10rem, max-content) 1fr' },
          columnGap: 2,
          rowGap: { xs: 0, sm: 0.5 },
          m: 0,
          '& dt': { fontWeight: 600, mt: { xs: 1, sm: 0 } },
          '& dd': { m: 0, overflowWrap: 'anywhere' },
        }}
      >
        {facts.map(([term, value]) => (
          <Box key={term} sx={{ display: 'contents' }}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </Box>
        ))}
      </Box>
      {!revoked && (
        <Button
          variant="outlined"
          color="error"
          sx={{ mt: 2 }}
          aria-label={t('apiKeys.revokeFor', { organisation: apiKey.organisation })}
          onClick={() => onRevoke(apiKey)}
        >
          {t('apiKeys.revoke')}
        </Button>
      )}
    </Paper>
  );
}
