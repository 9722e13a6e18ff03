import {
  addDays,
  certificationEnd,
  certificationOn,
  changedCertifiedContent,
  isAfter,
  isCertifiedContentLocked,
  reason,
  type CalendarDate,
  type CertifiedOfferingContent,
} from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { lockForChange } from '../../database/row-lock';
import { AppError, reasonError, ruleError } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { recordAudit } from '../audit/record-audit';
import { writeLetter } from '../letters/letter.service';
import { certificationLetter } from './certification-letter';
import { assertOwns, ownerOfAccount } from './offering-owner';
import { Certification, CertificationScope, Offering, OfferingClaim, OfferingExecution } from './offering.entity';
import type { CertificationDecisionInput, ExecutionInput, OfferingInput } from './offering.types';
import { resolveThemeCodes, type ThemeScope } from './theme-refs';
import { assertNotOwnCase } from '../leaders/own-case';

const EDITABLE: Offering['status'][] = ['DRAFT', 'REJECTED', 'CERTIFIED'];

const MAX_TEXT = 10_000;
const MAX_PRICE_CENTS = 100_000_00;

type CheckedInput = Pick<Offering, 'title' | 'kind' | 'leadsToLevel' | 'description' | 'hours' | 'learningGoals' | 'programme' | 'priceCents'>;

function longText(value: string | null | undefined, field: string, label: string): string {
  const text = value?.trim() ?? '';
  if (text.length > MAX_TEXT) throw new AppError('BAD_USER_INPUT', `${label} heeft hoogstens ${MAX_TEXT} tekens.`, { field });
  return text;
}

function checkInput(input: OfferingInput): CheckedInput {
  const title = input.title.trim();
  if (!title) throw new AppError('BAD_USER_INPUT', 'Geef het aanbod een titel.', { field: 'title' });
  if (input.hours != null && (!Number.isInteger(input.hours) || input.hours <= 0 || input.hours > 10_000)) {
    throw new AppError('BAD_USER_INPUT', 'De studiebelasting in uren moet een positief geheel getal zijn.', { field: 'hours' });
  }
  if (input.priceCents != null && (!Number.isInteger(input.priceCents) || input.priceCents < 0 || input.priceCents > MAX_PRICE_CENTS)) {
    throw new AppError('BAD_USER_INPUT', 'De prijs is een bedrag van 0 tot 100.000 euro.', { field: 'priceCents' });
  }
  let leadsToLevel = input.leadsToLevel ?? null;
  if (input.kind === 'BASIC_PROGRAMME') {
    if (leadsToLevel !== 'BASISBEKWAAM' && leadsToLevel !== 'VAKBEKWAAM') {
      throw new AppError('BAD_USER_INPUT', 'Geef bij een basisopleiding aan of die leidt tot basisbekwaam of vakbekwaam.', { field: 'leadsToLevel' });
    }
  } else if (input.kind === 'VAKBEKWAAM_PROGRAMME') leadsToLevel = 'VAKBEKWAAM';
  else if (input.kind === 'MASTER') leadsToLevel = 'MASTER';
  else leadsToLevel = null;
  return {
    title,
    kind: input.kind,
    leadsToLevel,
    description: longText(input.description, 'description', 'De beschrijving'),
    hours: input.hours ?? null,
    learningGoals: longText(input.learningGoals, 'learningGoals', 'De leerdoelen'),
    programme: longText(input.programme, 'programme', 'Het programma'),
    priceCents: input.priceCents ?? null,
  };
}

/** The content a certification judged, as the domain compares it. */
function certifiedContent(offering: Omit<CheckedInput, 'priceCents'>, scope: ThemeScope): CertifiedOfferingContent {
  const { title, kind, leadsToLevel, description, hours, learningGoals, programme } = offering;
  return { title, kind, leadsToLevel, description, hours, learningGoals, programme, themes: scope.themeIds, subthemes: scope.subthemeIds };
}

async function replaceClaims(manager: EntityManager, offeringId: string, scope: ThemeScope): Promise<void> {
  await manager.getRepository(OfferingClaim).delete({ offeringId });
  const rows = [
    ...scope.themeIds.map((themeId) => ({ offeringId, themeId, subthemeId: null })),
    ...scope.subthemeIds.map((subthemeId) => ({ offeringId, themeId: null, subthemeId })),
  ];
  if (rows.length) await manager.getRepository(OfferingClaim).insert(rows);
}

/** Offerings: drafting and submission by their owner, certification by staff/committee, executions. */
export class OfferingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Account,
    private readonly today: CalendarDate,
  ) {}

  async create(input: OfferingInput): Promise<Offering> {
    const owner = ownerOfAccount(this.actor);
    const checked = checkInput(input);
    return this.dataSource.transaction(async (manager) => {
      const scope = await resolveThemeCodes(manager, input.themeCodes, input.subthemeCodes);
      const saved = await manager.getRepository(Offering).save(
        manager.getRepository(Offering).create({
          ...owner,
          ...checked,
          status: 'DRAFT',
          submittedOn: null,
        }),
      );
      await replaceClaims(manager, saved.id, scope);
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'offering', entityId: saved.id, action: 'CREATE', after: { ...saved, scope } });
      return saved;
    });
  }

  async update(id: string, version: number, input: OfferingInput): Promise<Offering> {
    const checked = checkInput(input);
    return this.dataSource.transaction(async (manager) => {
      const offering = await this.lockOwned(manager, id, version);
      if (!EDITABLE.includes(offering.status)) {
        throw ruleError('OFFERING_NOT_EDITABLE', 'Een aanbod dat ter certificering is ingediend, kunt u niet wijzigen.');
      }
      const scope = await resolveThemeCodes(manager, input.themeCodes, input.subthemeCodes);
      // While a certification lasts, what it judged stays as it was: only the price may change.
      const certified = isCertifiedContentLocked(await manager.getRepository(Certification).findBy({ offeringId: id }), this.today);
      if (certified) {
        const claims = await manager.getRepository(OfferingClaim).findBy({ offeringId: id });
        const current: ThemeScope = {
          themeIds: claims.flatMap((claim) => (claim.themeId ? [claim.themeId] : [])),
          subthemeIds: claims.flatMap((claim) => (claim.subthemeId ? [claim.subthemeId] : [])),
        };
        const changed = changedCertifiedContent(certifiedContent(offering, current), certifiedContent(checked, scope));
        if (changed.length) throw reasonError(reason('OFFERING_CONTENT_CERTIFIED'), { field: changed[0], fields: changed });
      }
      const before = { ...offering };
      Object.assign(offering, checked);
      const saved = await manager.getRepository(Offering).save(offering);
      if (!certified) await replaceClaims(manager, id, scope);
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'offering', entityId: id, action: 'UPDATE', before, after: { ...saved, scope } });
      return saved;
    });
  }

  /** Submits for (re-)certification: needs at least one claimed theme or subtheme. */
  async submit(id: string, version: number): Promise<Offering> {
    return this.dataSource.transaction(async (manager) => {
      const offering = await this.lockOwned(manager, id, version);
      if (!EDITABLE.includes(offering.status)) throw new AppError('CONFLICT', 'Dit aanbod is al ingediend voor certificering.');
      if (!(await manager.getRepository(OfferingClaim).existsBy({ offeringId: id }))) {
        throw new AppError('BAD_USER_INPUT', 'Geef aan voor welke thema’s of deelthema’s u certificering aanvraagt.', { field: 'themeCodes' });
      }
      const before = { ...offering };
      Object.assign(offering, { status: 'SUBMITTED', submittedOn: this.today });
      const saved = await manager.getRepository(Offering).save(offering);
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'offering', entityId: id, action: 'SUBMIT', before, after: saved });
      return saved;
    });
  }

  /**
   * The accreditation decision: certified for all or part of the claimed (sub)themes with a period
   * (default from the domain's `certificationEnd`), or rejected with grounds. A new certification
   * while one is in force starts the day after it ends, so it extends the period.
   */
  async decide(id: string, version: number, input: CertificationDecisionInput): Promise<Offering> {
    return this.dataSource.transaction(async (manager) => {
      const offering = await lockForChange(manager, Offering, id, version, 'Dit aanbod');
      await assertNotOwnCase(manager, this.actor, { providerId: offering.providerId, boardId: offering.boardId });
      if (offering.status !== 'SUBMITTED') throw new AppError('CONFLICT', 'Dit aanbod is niet ingediend voor certificering.');
      const grounds = input.grounds?.trim() || null;
      const certifications = await manager.getRepository(Certification).findBy({ offeringId: id });
      let certification: Partial<Certification>;
      let scope: ThemeScope = { themeIds: [], subthemeIds: [] };
      if (input.outcome === 'REJECTED') {
        if (!grounds) throw new AppError('BAD_USER_INPUT', 'Geef de gronden voor de afwijzing.', { field: 'grounds' });
        certification = { validFrom: null, validUntil: null };
      } else {
        scope = await this.certifiedScope(manager, id, input);
        const current = certificationOn(certifications, this.today);
        const validFrom = input.validFrom ?? (current?.validUntil ? addDays(current.validUntil, 1) : this.today);
        const validUntil = certificationEnd({ validFrom, validUntil: input.validUntil ?? null });
        if (isAfter(validFrom, validUntil)) {
          throw new AppError('BAD_USER_INPUT', 'De einddatum van de certificering ligt vóór de begindatum.', { field: 'validUntil' });
        }
        certification = { validFrom, validUntil };
      }
      const saved = await manager.getRepository(Certification).save(
        manager.getRepository(Certification).create({
          ...certification,
          offeringId: id,
          outcome: input.outcome,
          decidedOn: this.today,
          decidedBy: this.actor.id,
          grounds,
        }),
      );
      const scopeRows = [
        ...scope.themeIds.map((themeId) => ({ certificationId: saved.id, themeId, subthemeId: null })),
        ...scope.subthemeIds.map((subthemeId) => ({ certificationId: saved.id, themeId: null, subthemeId })),
      ];
      if (scopeRows.length) await manager.getRepository(CertificationScope).insert(scopeRows);
      const before = { ...offering };
      // A rejected re-certification leaves an offering that is still certified as CERTIFIED.
      offering.status = input.outcome === 'CERTIFIED' || certificationOn(certifications, this.today) ? 'CERTIFIED' : 'REJECTED';
      const result = await manager.getRepository(Offering).save(offering);
      await recordAudit(manager, {
        actorAccountId: this.actor.id,
        entity: 'certification',
        entityId: saved.id,
        action: input.outcome === 'CERTIFIED' ? 'CERTIFY' : 'REJECT',
        before,
        after: { certification: saved, scope },
      });
      await writeLetter(manager, certificationLetter(result, saved));
      return result;
    });
  }

  /** Locks an offering of the actor's owner: NOT_FOUND for others' (never revealing them), then the version check. */
  private async lockOwned(manager: EntityManager, id: string, version: number): Promise<Offering> {
    const offering = assertOwns(this.actor, await lockForChange(manager, Offering, id, null, 'Dit aanbod'));
    if (offering.version !== version) await lockForChange(manager, Offering, id, version, 'Dit aanbod');
    return offering;
  }

  private async certifiedScope(manager: EntityManager, offeringId: string, input: CertificationDecisionInput): Promise<ThemeScope> {
    const claims = await manager.getRepository(OfferingClaim).findBy({ offeringId });
    const claimedThemes = claims.flatMap((claim) => (claim.themeId ? [claim.themeId] : []));
    const claimedSubthemes = claims.flatMap((claim) => (claim.subthemeId ? [claim.subthemeId] : []));
    if (input.themeCodes == null && input.subthemeCodes == null) return { themeIds: claimedThemes, subthemeIds: claimedSubthemes };
    const scope = await resolveThemeCodes(manager, input.themeCodes ?? [], input.subthemeCodes ?? []);
    const outside = [...scope.themeIds.filter((id) => !claimedThemes.includes(id)), ...scope.subthemeIds.filter((id) => !claimedSubthemes.includes(id))];
    if (outside.length) {
      throw new AppError('BAD_USER_INPUT', 'Certificeer alleen thema’s en deelthema’s waarvoor de aanbieder certificering heeft aangevraagd.', { field: 'themeCodes' });
    }
    if (scope.themeIds.length + scope.subthemeIds.length === 0) {
      throw new AppError('BAD_USER_INPUT', 'Certificeer ten minste één thema of deelthema, of wijs de aanvraag af.', { field: 'themeCodes' });
    }
    return scope;
  }

  /** Publishes an execution of an offering that is certified on its start date. */
  async publishExecution(offeringId: string, input: ExecutionInput): Promise<OfferingExecution> {
    return this.dataSource.transaction(async (manager) => {
      assertOwns(this.actor, await manager.getRepository(Offering).findOneBy({ id: offeringId }));
      if (isAfter(input.startsOn, input.endsOn)) throw new AppError('BAD_USER_INPUT', 'De einddatum ligt vóór de begindatum.', { field: 'endsOn' });
      const location = input.location?.trim() || null;
      if (!input.online && !location) throw new AppError('BAD_USER_INPUT', 'Geef een plaats op, of geef aan dat de uitvoering online is.', { field: 'location' });
      if (input.capacity != null && (!Number.isInteger(input.capacity) || input.capacity <= 0)) {
        throw new AppError('BAD_USER_INPUT', 'Het aantal plaatsen moet een positief geheel getal zijn.', { field: 'capacity' });
      }
      const certifications = await manager.getRepository(Certification).findBy({ offeringId });
      if (!certificationOn(certifications, input.startsOn)) {
        throw ruleError('OFFERING_NOT_CERTIFIED', 'Dit aanbod is op de begindatum niet gecertificeerd; u kunt er geen uitvoering van publiceren.');
      }
      const saved = await manager.getRepository(OfferingExecution).save(
        manager.getRepository(OfferingExecution).create({ offeringId, startsOn: input.startsOn, endsOn: input.endsOn, location, online: input.online, capacity: input.capacity ?? null }),
      );
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'offering_execution', entityId: saved.id, action: 'PUBLISH', after: saved });
      return saved;
    });
  }
}
