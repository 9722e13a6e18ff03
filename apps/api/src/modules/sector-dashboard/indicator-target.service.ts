import { checkIndicatorTarget, type SectorIndicator } from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { lockForChange } from '../../database/row-lock';
import { valueOrThrow } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { recordAudit } from '../audit/record-audit';
import { IndicatorTarget } from './indicator-target.entity';
import type { IndicatorTargetInput } from './sector-dashboard.types';

type TargetValues = Pick<IndicatorTarget, 'indicator' | 'value' | 'validFrom' | 'validUntil'>;

/** Every target, by indicator and start (a handful: one per indicator per period). */
export function listIndicatorTargets(manager: EntityManager): Promise<IndicatorTarget[]> {
  return manager.getRepository(IndicatorTarget).find({ order: { indicator: 'ASC', validFrom: 'ASC' } });
}

/**
 * Staff keep the indicators' targets (data, not code). The domain checks value and period against the
 * indicator's other targets; changes to one indicator are serialised (advisory lock), so two people
 * adding overlapping targets at once cannot both succeed. Audited (`entity` `indicator_target`).
 */
export class IndicatorTargetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Account,
  ) {}

  create(input: IndicatorTargetInput): Promise<IndicatorTarget> {
    const values = valuesOf(input);
    return this.dataSource.transaction(async (manager) => {
      await this.checkAmongOthers(manager, values, null);
      const saved = await manager.getRepository(IndicatorTarget).save(manager.getRepository(IndicatorTarget).create(values));
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'indicator_target', entityId: saved.id, action: 'CREATE', after: values });
      return saved;
    });
  }

  /** Changes a target; the version the client saw must still be current (else CONFLICT). */
  update(id: string, version: number, input: IndicatorTargetInput): Promise<IndicatorTarget> {
    const values = valuesOf(input);
    return this.dataSource.transaction(async (manager) => {
      const target = await lockForChange(manager, IndicatorTarget, id, version, 'Deze streefwaarde');
      await this.checkAmongOthers(manager, values, target);
      const before = auditView(target);
      Object.assign(target, values);
      const saved = await manager.getRepository(IndicatorTarget).save(target);
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'indicator_target', entityId: id, action: 'UPDATE', before, after: auditView(saved) });
      return saved;
    });
  }

  /** Removes a target (with the version the client saw); the months it covered then have none. */
  remove(id: string, version: number): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const target = await lockForChange(manager, IndicatorTarget, id, version, 'Deze streefwaarde');
      await manager.getRepository(IndicatorTarget).delete({ id });
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'indicator_target', entityId: id, action: 'DELETE', before: auditView(target) });
      return true;
    });
  }

  private async checkAmongOthers(manager: EntityManager, values: TargetValues, current: IndicatorTarget | null): Promise<void> {
    const indicators = [...new Set<SectorIndicator>([values.indicator, ...(current ? [current.indicator] : [])])].sort();
    for (const indicator of indicators) await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`indicator_target:${indicator}`]);
    const others = await manager.getRepository(IndicatorTarget).findBy({ indicator: values.indicator });
    valueOrThrow(checkIndicatorTarget(values, others.filter((other) => other.id !== current?.id)));
  }
}

function valuesOf(input: IndicatorTargetInput): TargetValues {
  return { indicator: input.indicator, value: input.value, validFrom: input.validFrom, validUntil: input.validUntil ?? null };
}

function auditView({ indicator, value, validFrom, validUntil }: TargetValues): TargetValues {
  return { indicator, value, validFrom, validUntil };
}
