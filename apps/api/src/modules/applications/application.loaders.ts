import type { DataSource } from 'typeorm';
import { rowByKey, rowsByKey } from '../../database/loaders';
import { CommitteeMeeting } from '../committee/committee-meeting.entity';
import { Decision } from '../committee/decision.entity';
import { Objection } from '../committee/objection.entity';
import { SchoolLeader } from '../leaders/school-leader.entity';
import { EvidenceDocument } from './evidence-document.entity';

export function createApplicationLoaders(dataSource: DataSource) {
  return {
    meetingById: rowByKey(dataSource, CommitteeMeeting, 'id'),
    decisionByApplicationId: rowByKey(dataSource, Decision, 'applicationId'),
    leaderById: rowByKey(dataSource, SchoolLeader, 'id'),
    documentsByApplicationId: rowsByKey(dataSource, EvidenceDocument, 'applicationId', { uploadedAt: 'ASC' }),
    objectionsByDecisionId: rowsByKey(dataSource, Objection, 'decisionId', { filedOn: 'ASC' }),
  };
}

export type ApplicationLoaders = ReturnType<typeof createApplicationLoaders>;
