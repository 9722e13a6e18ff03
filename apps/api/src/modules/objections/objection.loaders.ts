import type { ObjectionDecisionKind } from '@srpo/domain';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { rowsByKey } from '../../database/loaders';
import { objectedDecisions, type ObjectedDecision } from './objected-decisions';
import { Objection } from './objection.entity';

/** Per-request loaders: objections per decision, and the decisions objections are against (one statement per kind). */
export function createObjectionLoaders(dataSource: DataSource) {
  const byDecisionId = rowsByKey(dataSource, Objection, 'decisionId', { filedOn: 'ASC', createdAt: 'ASC' });
  return {
    /** Objections against one decision, first filed first. */
    objectionsOf: (kind: ObjectionDecisionKind, decisionId: string) =>
      byDecisionId.load(decisionId).then((rows) => rows.filter((row) => row.decisionKind === kind)),
    decisionOf: new DataLoader<Pick<Objection, 'decisionKind' | 'decisionId'>, ObjectedDecision | null, string>(
      async (keys) => {
        const kinds = [...new Set(keys.map((key) => key.decisionKind))];
        const found = await Promise.all(
          kinds.map((kind) => objectedDecisions(dataSource.manager, kind, keys.filter((key) => key.decisionKind === kind).map((key) => key.decisionId))),
        );
        const byKind = new Map(kinds.map((kind, index) => [kind, found[index]!]));
        return keys.map((key) => byKind.get(key.decisionKind)!.get(key.decisionId) ?? null);
      },
      { cacheKeyFn: (key) => `${key.decisionKind}:${key.decisionId}` },
    ),
  };
}

export type ObjectionLoaders = ReturnType<typeof createObjectionLoaders>;
