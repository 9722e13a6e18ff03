import { todayInAmsterdam } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { rowsByKey } from '../../database/loaders';
import { RegistrationApplication } from '../applications/registration-application.entity';
import { deferralCheckLoader } from '../deferrals/deferral-check';
import { DeferralRequestRow } from '../deferrals/deferral-request.entity';

/** Per-request loaders of the leader's case file and the deferral dialog. */
export function createCaseFileLoaders(dataSource: DataSource) {
  return {
    applicationsByLeaderId: rowsByKey(dataSource, RegistrationApplication, 'leaderId', { createdAt: 'DESC' }),
    deferralsByLeaderId: rowsByKey(dataSource, DeferralRequestRow, 'leaderId', { createdAt: 'DESC' }),
    deferralCheck: deferralCheckLoader(dataSource, todayInAmsterdam(new Date())),
  };
}

export type CaseFileLoaders = ReturnType<typeof createCaseFileLoaders>;
