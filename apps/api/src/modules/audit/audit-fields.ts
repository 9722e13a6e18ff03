import { isUuid } from '../../database/row-lock';

/**
 * What an audit entry may keep (AVG): the log is append-only, so it must never hold a personal value
 * that an erasure would have to reach. An entry keeps references (record kind and id, the related
 * leader, the actor), the names of the fields that changed, and the values of the fields listed here
 * per kind of record: statuses, codes, dates of decisions, counts, names of organisations. Every
 * other field (names, e-mail, birth date, addresses, free texts, file names …) is kept only as
 * "changed". A field missing from the list is therefore safe by default; add one only when its
 * values can never be personal.
 */
export const AUDIT_VALUE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  account: ['roles', 'deactivatedAt'],
  api_key: ['organisation', 'scopes', 'prefix', 'revokedAt'],
  assessor_organisation: ['name', 'kvkNumber', 'certifiedFrom', 'certifiedUntil', 'feeOneOffCents', 'feePerThemeCents', 'feePerInterviewCents', 'feeResubmissionCents'],
  board: ['boardNumber', 'name', 'city'],
  certification: ['outcome', 'decidedOn', 'validFrom', 'validUntil'],
  committee_meeting: ['committee', 'meetingDate', 'location'],
  completion: ['completedOn', 'source', 'status', 'handledOn'],
  data_request: ['kind', 'subject', 'status', 'deadline', 'changedFields'],
  decision: ['outcome', 'grantedLevel', 'isException', 'decidedOn', 'reopenedOn'],
  deferral_request: ['kind', 'reason', 'requestedOn', 'requestedDueDate', 'status', 'decidedOn', 'grantedDueDate'],
  employment: ['function', 'startsOn', 'endsOn'],
  evidence_document: ['contentType', 'sizeBytes', 'uploadedAt'],
  indicator_target: ['indicator', 'value', 'validFrom', 'validUntil'],
  informal_validation: ['validatedOn', 'method', 'withdrawn'],
  legacy_import: ['counts'],
  letter: ['kind', 'datedOn', 'relatedEntity'],
  objection: ['decisionKind', 'filedOn', 'status', 'decidedOn'],
  offering: ['title', 'kind', 'leadsToLevel', 'hours', 'priceCents', 'status', 'submittedOn'],
  offering_execution: ['startsOn', 'endsOn', 'location', 'online', 'capacity'],
  peer_group: ['confirmedOn'],
  peer_group_member: ['position', 'outcome', 'outcomeReasons', 'state'],
  peer_reflection: ['submittedAt'],
  peer_session: ['startsAt', 'endsAt', 'location', 'capacity', 'state', 'groups'],
  peer_sign_up: [],
  portfolio_assessment: [
    'round', 'followsFixedStructure', 'showsDevelopment', 'colleagueFeedbackCount', 'sourceCount', 'literatureSourceCount',
    'evidenceCount', 'wordCount', 'clearWriting', 'ownRoleCentral', 'sufficient', 'recordedAt',
  ],
  portfolio_case: ['state', 'round', 'openedOn', 'submittedOn', 'resubmissions', 'assessedOn', 'interviewStartsAt', 'interviewMinutes', 'decidedOn', 'paidOn', 'reopenedOn'],
  provider: ['name', 'kvkNumber', 'website'],
  re_registration: ['approvedOn', 'route'],
  registration: [
    'title', 'level', 'status', 'aspirant', 'registeredOn', 'firstRegisteredOn', 'aspirantUntil', 'fullRegistrationOn', 'deregisteredOn',
    'dueDate', 'statusAsOf', 'kind', 'on',
  ],
  registration_application: [
    'kind', 'status', 'leaderFunction', 'requestedTitle', 'qualificationRoute', 'reRegistrationRoute', 'claimedLevel', 'evidenceDate',
    'certificationValidFrom', 'certificationValidUntil', 'enrolledOn', 'expectedEndDate', 'nvaoAccredited', 'alignedWithStandard', 'submittedAt',
  ],
  /**
   * `changedFields`: the codes of the fields a granted correction changed, never their values; `basis`
   * and `erasureRequestId` of an anonymisation; `format` of an export of the leader's data.
   */
  school_leader: ['enrolledOn', 'changedFields', 'basis', 'erasureRequestId', 'format'],
  subtheme: ['code', 'name', 'description', 'validFrom', 'validUntil', 'sortOrder'],
  theme: ['code', 'name', 'description', 'isWildcard', 'validFrom', 'validUntil', 'sortOrder'],
  webhook_subscription: ['events', 'registerNumberCount', 'active', 'failures', 'replayOf'],
};

/** Bookkeeping of every row (its own id, version, timestamps, search columns): neither kept nor named as changed. */
export const AUDIT_BOOKKEEPING_FIELDS: readonly string[] = ['id', 'version', 'createdAt', 'updatedAt', 'searchText', 'sortKey', 'sortName'];

const isId = (value: unknown): value is string => typeof value === 'string' && isUuid(value);

/**
 * A reference to another record (`themeId`, `feeLineIds`, `decidedBy`: an account): kept as a value,
 * for any kind, when it holds ids only, so the entry still points at what it concerned.
 */
function isReference(field: string, value: unknown): boolean {
  if (!/(Id|Ids|By)$/.test(field)) return false;
  return value === null || isId(value) || (Array.isArray(value) && value.every(isId));
}

/**
 * Records that belong to one leader, by kind: the entry of such a record, or of one that references
 * it (`applicationId` of a document or decision), names that leader, even once the record is gone.
 */
export const LEADER_RECORD_TABLES = {
  registration: 'registration',
  registration_application: 'registration_application',
  portfolio_case: 'portfolio_case',
  completion: 'completion',
} as const;
export type LeaderRecordTable = (typeof LEADER_RECORD_TABLES)[keyof typeof LEADER_RECORD_TABLES];

/** Reference fields that lead to a leader's record, in the order tried. */
const LEADER_REFERENCES: readonly (readonly [string, LeaderRecordTable])[] = [
  ['applicationId', 'registration_application'],
  ['portfolioCaseId', 'portfolio_case'],
  ['completionId', 'completion'],
  ['registrationId', 'registration'],
];

/** Snapshots of raw rows use snake_case (`file_name`), of entities camelCase (`fileName`): one name for both. */
function camelCase(key: string): string {
  return key.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/** A snapshot as plain JSON (dates become ISO strings) with camelCase keys; a bare value becomes `{ value }`. */
function fieldsOf(snapshot: unknown): Map<string, unknown> {
  if (snapshot === undefined || snapshot === null) return new Map();
  const json: unknown = JSON.parse(JSON.stringify(snapshot));
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return new Map([['value', json]]);
  return new Map(Object.entries(json).map(([key, value]) => [camelCase(key), value]));
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** The leader an entry concerns, or the record through which the database finds that leader. */
export type LeaderLink = { leaderId: string } | { table: LeaderRecordTable; id: string } | null;

/** What an entry stores: only values that may be kept, the names of what changed, the way to its leader. */
export interface AuditRecordValues {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changedFields: string[];
  leader: LeaderLink;
}

function leaderLink(entity: string, entityId: string, explicit: string | null | undefined, snapshots: Map<string, unknown>[]): LeaderLink {
  if (explicit) return { leaderId: explicit };
  if (entity === 'school_leader' && isId(entityId)) return { leaderId: entityId };
  for (const fields of snapshots) {
    const direct = fields.get('leaderId') ?? fields.get('subjectLeaderId');
    if (isId(direct)) return { leaderId: direct };
  }
  const own = LEADER_RECORD_TABLES[entity as keyof typeof LEADER_RECORD_TABLES];
  if (own && isId(entityId)) return { table: own, id: entityId };
  for (const fields of snapshots) {
    for (const [field, table] of LEADER_REFERENCES) {
      const id = fields.get(field);
      if (isId(id)) return { table, id };
    }
  }
  return null;
}

/**
 * The one gate between a change and the audit log (see {@link AUDIT_VALUE_FIELDS}): `before` and
 * `after` as full snapshots in, only references and listed values out; every field whose value
 * differs (for a new or removed record: every filled field) named in `changedFields`.
 */
export function auditRecordValues(entity: string, entityId: string, before: unknown, after: unknown, leaderId?: string | null): AuditRecordValues {
  const old = fieldsOf(before);
  const now = fieldsOf(after);
  const allowed = new Set(AUDIT_VALUE_FIELDS[entity] ?? []);
  const bookkeeping = new Set(AUDIT_BOOKKEEPING_FIELDS);
  const keep = (fields: Map<string, unknown>, present: boolean): Record<string, unknown> | null => {
    if (!present) return null;
    return Object.fromEntries([...fields].filter(([field, value]) => !bookkeeping.has(field) && (allowed.has(field) || isReference(field, value))));
  };
  const changedFields = [...new Set([...old.keys(), ...now.keys()])].filter((field) => {
    if (bookkeeping.has(field)) return false;
    const was = old.get(field);
    const is = now.get(field);
    return !(isEmpty(was) && isEmpty(is)) && JSON.stringify(was ?? null) !== JSON.stringify(is ?? null);
  });
  return {
    before: keep(old, before !== undefined && before !== null),
    after: keep(now, after !== undefined && after !== null),
    changedFields,
    leader: leaderLink(entity, entityId, leaderId, [now, old]),
  };
}
