import { parseCalendarDate } from '@srpo/domain';
import { paths } from '../routes';

/** The audit trail's filters as they stand in the address (`/medewerker/logboek?soort=…`), so a filtered view can be linked and bookmarked. */
export interface AuditFilter {
  entity: string | null;
  entityId: string | null;
  leaderId: string | null;
  actorAccountId: string | null;
  from: string | null;
  to: string | null;
}

const PARAMS: Record<keyof AuditFilter, string> = {
  entity: 'soort',
  entityId: 'gegeven',
  leaderId: 'schoolleider',
  actorAccountId: 'door',
  from: 'van',
  to: 'tot',
};

const KEYS = Object.keys(PARAMS) as (keyof AuditFilter)[];

/** The filter in `params`; a date that is not one is left out. */
export function auditFilterFrom(params: URLSearchParams): AuditFilter {
  const value = (key: keyof AuditFilter) => params.get(PARAMS[key])?.trim() || null;
  const date = (key: 'from' | 'to') => {
    const text = value(key);
    return text && parseCalendarDate(text) ? text : null;
  };
  return { entity: value('entity'), entityId: value('entityId'), leaderId: value('leaderId'), actorAccountId: value('actorAccountId'), from: date('from'), to: date('to') };
}

/** The address's query for `filter` (empty filters left out). */
export function auditSearch(filter: Partial<AuditFilter>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filter[key];
    if (value) params.set(PARAMS[key], value);
  }
  return params;
}

/** The audit trail narrowed to `filter`: what "Geschiedenis" links open. */
export function auditTrailPath(filter: Partial<AuditFilter>): string {
  const search = auditSearch(filter).toString();
  return search ? `${paths.staffAudit}?${search}` : paths.staffAudit;
}
