import { todayInAmsterdam } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../logger';
import { LegacyImportService, type LegacyImportPass } from './legacy-import.service';

export const LEGACY_IMPORT_QUEUE = 'legacy-import';

export interface LegacyImportJob {
  importId: string;
  pass: LegacyImportPass;
}

type Enqueue = (job: LegacyImportJob) => Promise<void>;

let enqueue: Enqueue | null = null;

/** The job runner hands its pg-boss queue here at start-up (see `startJobs`). */
export function useLegacyImportQueue(send: Enqueue | null): void {
  enqueue = send;
}

/** The work of one job: a pass of a stored import (its outcome is stored with the import). */
export async function runLegacyImportJob(dataSource: DataSource, job: LegacyImportJob): Promise<void> {
  await new LegacyImportService(dataSource).runPass(job.importId, job.pass, todayInAmsterdam(new Date()));
}

/**
 * Queues a pass on the Postgres-backed job queue, so any instance runs it in the background. Without
 * a queue (a test server, which starts no jobs) the pass runs in this process after the answer.
 */
export async function queueLegacyImportPass(dataSource: DataSource, job: LegacyImportJob, logger?: Logger): Promise<void> {
  if (enqueue) {
    await enqueue(job);
    return;
  }
  setImmediate(() => {
    runLegacyImportJob(dataSource, job).catch((error: unknown) => logger?.error({ err: error, ...job }, 'legacy import pass failed'));
  });
}
