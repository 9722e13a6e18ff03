import { ApplicationStatus, isApplicationClosed } from '@srpo/domain';
import { IsNull, type DataSource } from 'typeorm';
import { rowByKey } from '../../database/loaders';
import { connectionsByKey, countByKey, type KeysetOrder } from '../../shared/paging';
import { RegistrationApplication } from '../applications/registration-application.entity';
import { CommitteeMeeting } from './committee-meeting.entity';
import { Decision } from './decision.entity';

/** The agenda's order: first submitted first (an application without submission date last), then id. */
export const AGENDA_ORDER: KeysetOrder = {
  direction: 'ASC',
  keys: [{ column: 'submitted_at', nullsAs: "'infinity'::timestamptz" }, { column: 'id' }],
};

const OPEN_STATUSES = Object.values(ApplicationStatus).filter((status) => !isApplicationClosed(status));

/** Per-request loaders of the committee's meetings: a bounded number of statements per level of nesting. */
export function createCommitteeLoaders(dataSource: DataSource) {
  return {
    meetingById: rowByKey(dataSource, CommitteeMeeting, 'id'),
    /** The decision that stands (not reopened by an upheld objection). */
    decisionByApplicationId: rowByKey(dataSource, Decision, 'applicationId', { reopenedOn: IsNull() }),
    agendaByMeetingId: connectionsByKey(dataSource, RegistrationApplication, 'meetingId', AGENDA_ORDER),
    openAgendaCountByMeetingId: countByKey(dataSource, RegistrationApplication, 'meetingId', {
      sql: '"counted"."status" IN (:...openStatuses)',
      parameters: { openStatuses: OPEN_STATUSES },
    }),
  };
}

export type CommitteeLoaders = ReturnType<typeof createCommitteeLoaders>;
