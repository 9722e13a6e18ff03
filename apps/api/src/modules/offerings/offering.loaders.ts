import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { rowByKey, rowsByKey } from '../../database/loaders';
import { Board } from '../organisations/board.entity';
import { Provider } from '../providers/provider.entity';
import { Subtheme } from '../themes/subtheme.entity';
import { Theme } from '../themes/theme.entity';
import { Certification, CertificationScope, Offering, OfferingClaim, OfferingExecution } from './offering.entity';

export interface OfferingLoaders {
  claimsByOfferingId: DataLoader<string, OfferingClaim[]>;
  certificationsByOfferingId: DataLoader<string, Certification[]>;
  scopesByCertificationId: DataLoader<string, CertificationScope[]>;
  executionsByOfferingId: DataLoader<string, OfferingExecution[]>;
  themeById: DataLoader<string, Theme | null>;
  subthemeById: DataLoader<string, Subtheme | null>;
  providerById: DataLoader<string, Provider | null>;
  boardById: DataLoader<string, Board | null>;
  offeringById: DataLoader<string, Offering | null>;
  executionById: DataLoader<string, OfferingExecution | null>;
}

/** Per-request loaders: one query per kind of row, whatever the number of offerings shown. */
export function createOfferingLoaders(dataSource: DataSource): OfferingLoaders {
  return {
    claimsByOfferingId: rowsByKey(dataSource, OfferingClaim, 'offeringId'),
    certificationsByOfferingId: rowsByKey(dataSource, Certification, 'offeringId', { decidedOn: 'DESC', createdAt: 'DESC' }),
    scopesByCertificationId: rowsByKey(dataSource, CertificationScope, 'certificationId'),
    executionsByOfferingId: rowsByKey(dataSource, OfferingExecution, 'offeringId', { startsOn: 'ASC' }),
    themeById: rowByKey(dataSource, Theme, 'id'),
    subthemeById: rowByKey(dataSource, Subtheme, 'id'),
    providerById: rowByKey(dataSource, Provider, 'id'),
    boardById: rowByKey(dataSource, Board, 'id'),
    offeringById: rowByKey(dataSource, Offering, 'id'),
    executionById: rowByKey(dataSource, OfferingExecution, 'id'),
  };
}
