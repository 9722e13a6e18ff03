import type { DataSource } from 'typeorm';
import { rowsByKey } from '../../database/loaders';
import { Registration } from '../registrations/registration.entity';

/** Per-request loaders: the registrations an erasure check weighs, one query for every request in a queue page. */
export function createDataRequestLoaders(dataSource: DataSource) {
  return {
    registrationsByLeaderId: rowsByKey(dataSource, Registration, 'leaderId'),
  };
}

export type DataRequestLoaders = ReturnType<typeof createDataRequestLoaders>;
