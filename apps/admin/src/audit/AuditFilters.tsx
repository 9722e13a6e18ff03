import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nlAudit } from '../i18n/nlAudit';
import { ActorPicker, type Actor } from './ActorPicker';
import type { AuditFilter } from './auditParams';
import { AuditActorQuery } from './graphql';
import { useAuditLabels } from './useAuditLabels';

/** Kinds of record to choose from, in the order of their Dutch names. */
const KINDS = Object.keys(nlAudit.audit.entity).filter((kind) => kind !== 'other');

export interface AuditFiltersProps {
  filter: AuditFilter;
  /** The filter to apply (the page puts it in the address). */
  onApply(filter: AuditFilter): void;
}

/** The audit trail's filters: kind of record, one record, who did it and the days; applied together with "Filteren". */
export function AuditFilters({ filter, onApply }: AuditFiltersProps) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const [entity, setEntity] = useState(filter.entity ?? '');
  const [entityId, setEntityId] = useState(filter.entityId ?? '');
  const [picked, setPicked] = useState<Actor | null | undefined>(undefined);
  const [from, setFrom] = useState(filter.from ?? '');
  const [to, setTo] = useState(filter.to ?? '');
  const [problem, setProblem] = useState<'fromAfterTo' | null>(null);
  // An actor from the address is shown by name until another is picked.
  const known = useQuery(AuditActorQuery, { variables: { id: filter.actorAccountId ?? '' }, skip: !filter.actorAccountId || picked !== undefined });
  const actor = picked === undefined ? (known.data?.account ?? null) : picked;
  const kinds = [...KINDS].sort((a, b) => labels.entity(a).localeCompare(labels.entity(b)));

  return (
    <Box
      component="form"
      role="search"
      aria-label={t('audit.filters.label')}
      noValidate
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, mb: 2, alignItems: 'flex-start' }}
      onSubmit={(event) => {
        event.preventDefault();
        if (from && to && from > to) return setProblem('fromAfterTo');
        setProblem(null);
        onApply({
          ...filter,
          entity: entity || null,
          entityId: entityId.trim() || null,
          actorAccountId: actor?.id ?? (picked === undefined ? filter.actorAccountId : null),
          from: from || null,
          to: to || null,
        });
      }}
    >
      <TextField
        select
        id="audit-kind"
        label={t('audit.filters.kind')}
        value={entity}
        onChange={(event) => setEntity(event.target.value)}
        size="small"
        sx={{ flex: '1 1 12rem', maxWidth: '18rem' }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('audit.filters.allKinds')}</MenuItem>
        {kinds.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {labels.entity(kind)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        id="audit-record"
        label={t('audit.filters.record')}
        helperText={t('audit.filters.recordHint')}
        value={entityId}
        onChange={(event) => setEntityId(event.target.value)}
        size="small"
        sx={{ flex: '1 1 14rem', maxWidth: '22rem' }}
      />
      <ActorPicker value={actor} onChange={setPicked} />
      <TextField
        id="audit-from"
        type="date"
        label={t('audit.filters.from')}
        value={from}
        onChange={(event) => setFrom(event.target.value)}
        size="small"
        error={problem !== null}
        helperText={problem ? t(`audit.filters.${problem}`) : from && labels.value(from)}
        slotProps={{ inputLabel: { shrink: true } }}
        sx={{ flex: '1 1 10rem', maxWidth: '12rem' }}
      />
      <TextField
        id="audit-to"
        type="date"
        label={t('audit.filters.to')}
        value={to}
        onChange={(event) => setTo(event.target.value)}
        size="small"
        error={problem !== null}
        helperText={to && labels.value(to)}
        slotProps={{ inputLabel: { shrink: true } }}
        sx={{ flex: '1 1 10rem', maxWidth: '12rem' }}
      />
      <Button type="submit" variant="contained">
        {t('audit.filters.submit')}
      </Button>
    </Box>
  );
}
