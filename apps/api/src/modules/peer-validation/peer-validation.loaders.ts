import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { rowByKey, rowsByKey } from '../../database/loaders';
import { Account } from '../accounts/account.entity';
import { Theme } from '../themes/theme.entity';
import { PeerGroupMember, PeerGroupRow, PeerReflectionRow, PeerSession, PeerSignUp } from './peer-validation.entity';

/** Per-request loaders of peer validation: one statement per kind of row for all parents of a request. */
export function createPeerValidationLoaders(dataSource: DataSource) {
  return {
    sessionById: rowByKey(dataSource, PeerSession, 'id'),
    signUpById: rowByKey(dataSource, PeerSignUp, 'id'),
    themeById: rowByKey(dataSource, Theme, 'id'),
    accountById: rowByKey(dataSource, Account, 'id'),
    groupsBySessionId: rowsByKey(dataSource, PeerGroupRow, 'sessionId', { createdAt: 'ASC', id: 'ASC' }),
    membersByGroupId: rowsByKey(dataSource, PeerGroupMember, 'groupId', { position: 'ASC' }),
    memberBySignUpId: rowByKey(dataSource, PeerGroupMember, 'signUpId'),
    reflectionsByGroupId: rowsByKey(dataSource, PeerReflectionRow, 'groupId', { submittedAt: 'ASC' }),
    /** Sign-ups per session (places taken). */
    signUpCountBySessionId: new DataLoader<string, number>(async (ids) => {
      const rows = (await dataSource.query(`SELECT session_id, count(*)::int AS count FROM peer_sign_up WHERE session_id = ANY($1::uuid[]) GROUP BY session_id`, [
        [...ids],
      ])) as { session_id: string; count: number }[];
      return ids.map((id) => rows.find((row) => row.session_id === id)?.count ?? 0);
    }),
    signUpsBySessionId: rowsByKey(dataSource, PeerSignUp, 'sessionId', { createdAt: 'ASC', id: 'ASC' }),
  };
}

export type PeerValidationLoaders = ReturnType<typeof createPeerValidationLoaders>;
