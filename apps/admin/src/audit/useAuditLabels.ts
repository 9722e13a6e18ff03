import { formatDate } from '@srpo/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { nlAudit } from '../i18n/nlAudit';

type Labels = typeof nlAudit.audit;

function has<T extends object>(labels: T, key: string): key is Extract<keyof T, string> {
  return Object.prototype.hasOwnProperty.call(labels, key);
}

/** `validUntil` → "Valid until": the last resort for a field no label names yet. */
function spelledOut(field: string): string {
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface AuditLabels {
  /** Kind of record in words ("Aanvraag"); "Ander gegeven" for a kind without a text. */
  entity(code: string): string;
  /** What happened in words ("Ingediend"); "Gewijzigd" for an action without a text. */
  action(code: string): string;
  field(name: string): string;
  /** The field's label inside a sentence ("e-mailadres"); abbreviations such as "KvK-nummer" stay as they are. */
  fieldInText(name: string): string;
  /** A snapshot value for people: dates in words, yes/no, codes in words, lists joined. */
  value(value: unknown): string;
  /** A moment as date and time in Amsterdam. */
  dateTime(value: string): string;
}

/** Texts for audit entries: no code of the log reaches the screen as it is stored. */
export function useAuditLabels(): AuditLabels {
  const { t, i18n } = useTranslation();
  const { dateTime } = useApplicationLabels();
  const language = i18n.language;
  return useMemo(() => {
    const value = (raw: unknown): string => {
      if (raw === null || raw === undefined || raw === '') return t('audit.empty');
      if (typeof raw === 'boolean') return t(raw ? 'audit.yes' : 'audit.no');
      if (typeof raw === 'number') return raw.toLocaleString(language);
      if (typeof raw === 'string') {
        if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return formatDate(raw, language);
        if (/^\d{4}-\d{2}-\d{2}T/.test(raw)) return dateTime(raw);
        return has(nlAudit.audit.value, raw) ? t(`audit.value.${raw}`) : raw;
      }
      if (Array.isArray(raw)) {
        const parts = raw.map((item: unknown) => (item && typeof item === 'object' && 'message' in item ? String(item.message) : typeof item === 'object' ? null : value(item)));
        return parts.every((part) => part !== null) ? parts.join(', ') : t('audit.items', { count: raw.length });
      }
      return t('audit.items', { count: Object.keys(raw).length });
    };
    const field = (name: string): string => (has(nlAudit.audit.field, name) ? t(`audit.field.${name}`) : spelledOut(name));
    return {
      entity: (code) => t(`audit.entity.${has(nlAudit.audit.entity, code) ? code : 'other'}` as `audit.entity.${keyof Labels['entity']}`),
      action: (code) => t(`audit.action.${has(nlAudit.audit.action, code) ? code : 'other'}` as `audit.action.${keyof Labels['action']}`),
      field,
      fieldInText: (name) => {
        const label = field(name);
        const firstWord = label.split(/[\s-]/)[0] ?? '';
        return (firstWord.match(/[A-Z]/g) ?? []).length > 1 ? label : label.charAt(0).toLowerCase() + label.slice(1);
      },
      value,
      dateTime,
    };
  }, [t, language, dateTime]);
}
