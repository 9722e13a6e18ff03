import { todayInAmsterdam } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { rowByKey, rowsByKey } from '../../database/loaders';
import { SchoolLeader } from '../leaders/school-leader.entity';
import { verdictLoader } from './application-verdict';
import { EvidenceDocument } from './evidence-document.entity';

export function createApplicationLoaders(dataSource: DataSource) {
  return {
    leaderById: rowByKey(dataSource, SchoolLeader, 'id'),
    documentsByApplicationId: rowsByKey(dataSource, EvidenceDocument, 'applicationId', { uploadedAt: 'ASC' }),
    documentByCompletionId: rowByKey(dataSource, EvidenceDocument, 'completionId'),
    verdict: verdictLoader(dataSource, todayInAmsterdam(new Date())),
  };
}

export type ApplicationLoaders = ReturnType<typeof createApplicationLoaders>;
