/** One field of an audit entry's snapshot that the change set, altered or cleared. */
export interface AuditChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping of every record (ids, versions, timestamps of the row itself): not what a person changed. */
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt', 'searchText', 'sortKey', 'sha256', 'contentType', 'sizeBytes']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Snapshots of raw rows use snake_case (`file_name`), of entities camelCase (`fileName`): one name for both. */
function camelCase(key: string): string {
  return key.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

function fields(snapshot: unknown): Map<string, unknown> {
  if (!snapshot || typeof snapshot !== 'object' || Array.isArray(snapshot)) return new Map();
  return new Map(Object.entries(snapshot).map(([key, value]) => [camelCase(key), value]));
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** A reference to another record (an id): meaningless to a reader, the record itself has its own history. */
function isReference(field: string, value: unknown): boolean {
  return /(Id|Ids|By)$/.test(field) || (typeof value === 'string' && UUID.test(value));
}

/**
 * Names of the fields an entry changed that a reader cares about (the log keeps the names of all,
 * the values only of non-personal ones): bookkeeping and references left out.
 */
export function changedFieldNames(changedFields: readonly string[]): string[] {
  return changedFields.filter((field) => !BOOKKEEPING.has(field) && !isReference(field, null));
}

/**
 * What an entry changed, in the snapshot's field order: fields whose value differs between `before`
 * and `after` (for a new record its filled fields, for a removed one what it held), leaving out
 * bookkeeping and references to other records.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const old = fields(before);
  const now = fields(after);
  const names = [...new Set([...now.keys(), ...old.keys()])];
  return names
    .filter((field) => !BOOKKEEPING.has(field))
    .map((field) => ({ field, before: old.get(field), after: now.get(field) }))
    .filter(({ field, before: was, after: is }) => !isReference(field, is ?? was))
    .filter(({ before: was, after: is }) => JSON.stringify(was ?? null) !== JSON.stringify(is ?? null) && !(isEmpty(was) && isEmpty(is)));
}
