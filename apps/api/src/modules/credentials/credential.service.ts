import { randomUUID } from 'node:crypto';
import {
  credentialPeriodOn,
  credentialStandingOn,
  displayName,
  statusListPosition,
  todayInAmsterdam,
  type CalendarDate,
  type CredentialStanding,
  type QualificationLevel,
  type RegistrationFacts,
  type RegistrationTitle,
} from '@srpo/domain';
import { decodeProtectedHeader, importJWK, jwtVerify, type CryptoKey } from 'jose';
import type { DataSource } from 'typeorm';
import { isUuid } from '../../database/row-lock';
import { AppError } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { leaderOfAccount } from '../leaders/leader.service';
import type { Letter } from '../letters/letter.entity';
import {
  credentialPayload,
  didDocument,
  downloadPath,
  encodeStatusList,
  ISSUER_NAME,
  issuerDid,
  signPayload,
  statusListPayload,
  verificationUrl,
  type CredentialSettings,
} from './credential-document';
import type { CredentialVerificationType, LeaderCredentialType } from './credential.types';
import { issuerKeys, SIGNING_ALGORITHM, type IssuerKeys } from './signing-keys';

/** The facts of a registration as one row: what `toRegistrationFacts` builds from entities, in SQL for lists. */
const REGISTRATION_FACTS = (alias: string) => `
  ${alias}.registered_on AS "registeredOn", ${alias}.first_registered_on AS "firstRegisteredOn", ${alias}.aspirant AS "registrationAspirant",
  ${alias}.aspirant_until AS "aspirantUntil", ${alias}.full_registration_on AS "fullRegistrationOn", ${alias}.deregistered_on AS "deregisteredOn",
  ${alias}.title AS "registrationTitle", ${alias}.level,
  COALESCE((SELECT json_agg(rr.approved_on) FROM re_registration rr WHERE rr.registration_id = ${alias}.id), '[]') AS "reRegistrations",
  COALESCE((SELECT json_agg(json_build_object('grantedOn', df.granted_on, 'newDueDate', df.new_due_date))
              FROM registration_deferral df WHERE df.registration_id = ${alias}.id), '[]') AS deferrals`;

interface FactsRow {
  registeredOn: CalendarDate;
  firstRegisteredOn: CalendarDate | null;
  registrationAspirant: boolean;
  aspirantUntil: CalendarDate | null;
  fullRegistrationOn: CalendarDate | null;
  deregisteredOn: CalendarDate | null;
  registrationTitle: RegistrationTitle;
  level: QualificationLevel | null;
  reRegistrations: CalendarDate[];
  deferrals: { grantedOn: CalendarDate; newDueDate: CalendarDate }[];
}

interface CredentialRow extends FactsRow {
  id: string;
  registrationId: string;
  periodStartsOn: CalendarDate;
  title: RegistrationTitle;
  aspirant: boolean;
  statusIndex: number;
  jwt: string;
  registerNumber: string;
  firstName: string;
  infix: string | null;
  lastName: string;
}

function factsOf(row: FactsRow): RegistrationFacts {
  return {
    registeredOn: row.registeredOn,
    firstRegisteredOn: row.firstRegisteredOn,
    title: row.registrationTitle,
    level: row.level,
    aspirant: row.registrationAspirant,
    aspirantUntil: row.aspirantUntil,
    fullRegistrationOn: row.fullRegistrationOn,
    reRegistrations: row.reRegistrations.map((approvedOn) => ({ approvedOn })),
    deferrals: row.deferrals,
    deregisteredOn: row.deregisteredOn,
  };
}

const CREDENTIALS = `
  SELECT c.id, c.registration_id AS "registrationId", c.period_starts_on AS "periodStartsOn", c.title, c.aspirant,
         c.status_index AS "statusIndex", c.jwt, l.register_number AS "registerNumber", l.first_name AS "firstName", l.infix,
         l.last_name AS "lastName", ${REGISTRATION_FACTS('r')}
    FROM leader_credential c JOIN registration r ON r.id = c.registration_id JOIN school_leader l ON l.id = r.leader_id`;

/** A compact JWS: three base64url parts. */
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

const PROBLEMS = {
  NOT_A_CREDENTIAL: 'Dit is geen credential van het Schoolleidersregister: de tekst is geen ondertekend bewijs (JWT).',
  UNKNOWN_KEY: 'Dit credential is niet ondertekend met een sleutel van het Schoolleidersregister.',
  BAD_SIGNATURE: 'De handtekening klopt niet: het credential is gewijzigd of niet door het Schoolleidersregister uitgegeven.',
  UNKNOWN: 'Dit credential is bij het Schoolleidersregister niet bekend.',
  EXPIRED: 'Dit credential is ingetrokken: de registratie is verlopen (niet op tijd geherregistreerd).',
  DEREGISTERED: 'Dit credential is ingetrokken: de schoolleider is uitgeschreven uit het register.',
  SUPERSEDED: 'Dit credential is ingetrokken: deze registratieperiode is afgesloten; er is een nieuwere registratie.',
  NOT_YET_VALID: 'Dit credential is nog niet geldig: de registratieperiode is nog niet begonnen.',
} as const;

function standingProblem(standing: CredentialStanding): string | null {
  if (standing.status === 'NOT_YET_VALID') return PROBLEMS.NOT_YET_VALID;
  return standing.revocation ? PROBLEMS[standing.revocation] : null;
}

/**
 * Verifiable credentials of leaders (issue 12): issued on first ask per registration period and kept as
 * signed, verified against the register's keys, and the status lists that publish which are revoked. Whether
 * a credential holds is the domain's answer for today (Amsterdam), never a stored flag.
 */
export class CredentialService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: CredentialSettings,
    private readonly now: Date = new Date(),
  ) {}

  private get today(): CalendarDate {
    return todayInAmsterdam(this.now);
  }

  private keys(): Promise<IssuerKeys> {
    return issuerKeys(this.dataSource, this.settings.signingKeys);
  }

  /** The DID document of the issuer (did:web): the current key and the retired ones. */
  async didDocument(): Promise<Record<string, unknown>> {
    return didDocument(this.settings, await this.keys());
  }

  /** The signed-in leader's credentials, newest period first; the current period's is issued on first ask. */
  async myCredentials(account: Account): Promise<LeaderCredentialType[]> {
    const leader = await leaderOfAccount(this.dataSource, account);
    await this.issueCurrent(leader.id);
    const rows = (await this.dataSource.query(`${CREDENTIALS} WHERE r.leader_id = $1 ORDER BY c.period_starts_on DESC, c.issued_at DESC`, [leader.id])) as CredentialRow[];
    return rows.map((row) => this.toLeaderCredential(row));
  }

  /**
   * The verification page for the QR code of a letter announcing an approved (re)registration: the
   * credential of the period that the decision opened (issued now if the leader never asked); null for
   * other letters, and when that period is no longer current and has no credential.
   */
  async letterVerificationUrl(letter: Pick<Letter, 'kind' | 'leaderId' | 'relatedEntity' | 'relatedId'>): Promise<string | null> {
    if (letter.kind !== 'APPLICATION_APPROVED' || letter.relatedEntity !== 'decision' || !letter.leaderId || !letter.relatedId || !isUuid(letter.relatedId)) return null;
    await this.issueCurrent(letter.leaderId);
    const [row] = (await this.dataSource.query(
      `SELECT c.id FROM leader_credential c JOIN registration r ON r.id = c.registration_id JOIN decision d ON d.id = $2
        WHERE r.leader_id = $1 AND c.period_starts_on = d.decided_on ORDER BY c.issued_at DESC LIMIT 1`,
      [letter.leaderId, letter.relatedId],
    )) as { id: string }[];
    return row ? verificationUrl(this.settings, row.id) : null;
  }

  /** Issues a credential for the current period of each of the leader's registrations that has none yet. */
  private async issueCurrent(leaderId: string): Promise<void> {
    const registrations = (await this.dataSource.query(
      `SELECT r.id, l.register_number AS "registerNumber", l.first_name AS "firstName", l.infix, l.last_name AS "lastName",
              COALESCE((SELECT json_agg(c.period_starts_on) FROM leader_credential c WHERE c.registration_id = r.id), '[]') AS issued,
              ${REGISTRATION_FACTS('r')}
         FROM registration r JOIN school_leader l ON l.id = r.leader_id WHERE r.leader_id = $1`,
      [leaderId],
    )) as (FactsRow & { id: string; registerNumber: string; firstName: string; infix: string | null; lastName: string; issued: CalendarDate[] })[];
    for (const registration of registrations) {
      const period = credentialPeriodOn(factsOf(registration), this.today);
      if (!period || registration.issued.includes(period.startsOn)) continue;
      const [{ sequence }] = (await this.dataSource.query(`SELECT nextval('leader_credential_status_seq')::int AS sequence`)) as [{ sequence: number }];
      const { list, index } = statusListPosition(sequence);
      const id = randomUUID();
      const keys = await this.keys();
      const jwt = await signPayload(
        this.settings,
        keys,
        credentialPayload(this.settings, {
          id,
          registerNumber: registration.registerNumber,
          displayName: displayName(registration),
          title: registration.registrationTitle,
          aspirant: period.aspirant,
          validFrom: period.startsOn,
          statusList: list,
          statusIndex: index,
        }),
      );
      // A simultaneous first ask issued it already: theirs stands (stable), this place in the list stays unused.
      await this.dataSource.query(
        `INSERT INTO leader_credential (id, registration_id, period_starts_on, title, aspirant, status_list, status_index, key_id, jwt)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (registration_id, period_starts_on) DO NOTHING`,
        [id, registration.id, period.startsOn, registration.registrationTitle, period.aspirant, list, index, keys.active.kid, jwt],
      );
    }
  }

  private standingOf(row: CredentialRow): CredentialStanding {
    return credentialStandingOn(factsOf(row), row.periodStartsOn, this.today);
  }

  private toLeaderCredential(row: CredentialRow): LeaderCredentialType {
    const standing = this.standingOf(row);
    return {
      id: row.id,
      registrationId: row.registrationId,
      title: row.title,
      aspirant: row.aspirant,
      validFrom: standing.validFrom,
      validUntil: standing.validUntil,
      status: standing.status,
      verificationUrl: verificationUrl(this.settings, row.id),
      downloadUrl: downloadPath(row.id),
    };
  }

  private async credentialRow(id: string): Promise<CredentialRow | null> {
    if (!isUuid(id)) return null;
    const [row] = (await this.dataSource.query(`${CREDENTIALS} WHERE c.id = $1`, [id])) as CredentialRow[];
    return row ?? null;
  }

  /** The signed credential for download: the leader it is about only (FORBIDDEN for anyone else). */
  async download(account: Account | null, id: string): Promise<{ jwt: string; registerNumber: string; validFrom: CalendarDate }> {
    if (!account) throw new AppError('UNAUTHENTICATED', 'Log in om uw credential te downloaden.');
    const row = await this.credentialRow(id);
    if (!row) throw new AppError('NOT_FOUND', 'Dit credential bestaat niet.');
    const [owner] = (await this.dataSource.query(`SELECT 1 FROM registration r JOIN school_leader l ON l.id = r.leader_id WHERE r.id = $1 AND l.account_id = $2`, [
      row.registrationId,
      account.id,
    ])) as unknown[];
    if (!owner) throw new AppError('FORBIDDEN', 'U kunt alleen uw eigen credentials downloaden.');
    return { jwt: row.jwt, registerNumber: row.registerNumber, validFrom: row.periodStartsOn };
  }

  /** What the register says today about the credential with this id; null for an unknown id. */
  async verificationById(id: string): Promise<CredentialVerificationType | null> {
    const row = await this.credentialRow(id);
    if (!row) return null;
    return this.verificationOf(row, (await this.verifySignature(row.jwt)).ok);
  }

  /** Verifies a pasted or uploaded credential (the JWT): signature by a key of the register, then its standing today. */
  async verify(text: string): Promise<CredentialVerificationType> {
    const jwt = text.trim();
    const checked = await this.verifySignature(jwt);
    if (!checked.ok) return this.refused(checked.problem);
    const row = await this.credentialRow(checked.credentialId);
    if (!row) return this.refused(PROBLEMS.UNKNOWN, true);
    return this.verificationOf(row, true);
  }

  private refused(problem: string, signatureValid = false): CredentialVerificationType {
    return {
      signatureValid,
      status: 'REVOKED',
      issuerName: ISSUER_NAME,
      credentialId: null,
      registerNumber: null,
      displayName: null,
      title: null,
      aspirant: null,
      validFrom: null,
      validUntil: null,
      checkedAt: this.now,
      problem,
    };
  }

  private verificationOf(row: CredentialRow, signatureValid: boolean): CredentialVerificationType {
    const standing = this.standingOf(row);
    return {
      signatureValid,
      status: standing.status,
      issuerName: ISSUER_NAME,
      credentialId: row.id,
      registerNumber: row.registerNumber,
      displayName: displayName(row),
      title: row.title,
      aspirant: row.aspirant,
      validFrom: standing.validFrom,
      validUntil: standing.validUntil,
      checkedAt: this.now,
      problem: signatureValid ? standingProblem(standing) : PROBLEMS.UNKNOWN_KEY,
    };
  }

  /** Checks a compact JWS against the register's keys (current and retired): the key its header names, EdDSA only. */
  private async verifySignature(jwt: string): Promise<{ ok: true; credentialId: string } | { ok: false; problem: string }> {
    if (!COMPACT_JWS.test(jwt)) return { ok: false, problem: PROBLEMS.NOT_A_CREDENTIAL };
    let kid: unknown;
    try {
      kid = decodeProtectedHeader(jwt).kid;
    } catch {
      return { ok: false, problem: PROBLEMS.NOT_A_CREDENTIAL };
    }
    const did = issuerDid(this.settings);
    const key = (await this.keys()).verification.find((candidate) => kid === `${did}#${candidate.kid}`);
    if (!key) return { ok: false, problem: PROBLEMS.UNKNOWN_KEY };
    try {
      const publicKey = (await importJWK(key.publicJwk, SIGNING_ALGORITHM)) as CryptoKey;
      const { payload } = await jwtVerify(jwt, publicKey, { algorithms: [SIGNING_ALGORITHM], issuer: did });
      const credentialId = typeof payload.jti === 'string' ? payload.jti.replace(/^urn:uuid:/, '') : '';
      return { ok: true, credentialId };
    } catch {
      return { ok: false, problem: PROBLEMS.BAD_SIGNATURE };
    }
  }

  /**
   * Status list `list` as a signed BitstringStatusListCredential (JWT), as of today: one statement reads
   * the list's credentials with their registrations' facts; the domain says which are revoked. Null for a
   * list that holds no credential place yet.
   */
  async statusList(list: number): Promise<string | null> {
    const [{ lastList }] = (await this.dataSource.query(`SELECT CASE WHEN is_called THEN last_value ELSE -1 END AS "lastList" FROM leader_credential_status_seq`)) as [
      { lastList: string },
    ];
    const last = Number(lastList);
    if (!Number.isSafeInteger(list) || list < 1 || last < 0 || list > statusListPosition(last).list) return null;
    const rows = (await this.dataSource.query(`${CREDENTIALS} WHERE c.status_list = $1`, [list])) as CredentialRow[];
    const revoked = rows.filter((row) => this.standingOf(row).status === 'REVOKED').map((row) => row.statusIndex);
    return signPayload(this.settings, await this.keys(), statusListPayload(this.settings, list, encodeStatusList(revoked), this.today));
  }
}

/** The QR code target of letters (see {@link CredentialService.letterVerificationUrl}), for the letter PDF route and the e-mail job. */
export function letterVerificationUrls(dataSource: DataSource, settings: CredentialSettings): (letter: Letter) => Promise<string | null> {
  return (letter) => new CredentialService(dataSource, settings).letterVerificationUrl(letter);
}
