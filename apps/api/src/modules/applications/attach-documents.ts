import type { EntityManager } from 'typeorm';
import { assertId } from '../../database/row-lock';
import { AppError } from '../../http/errors';

/** What an uploaded document is attached to (one of them). */
export type DocumentSubject = { completionId: string } | { offeringId: string };

/**
 * Attaches documents the account uploaded through `POST /documents` and has not attached yet, in the
 * caller's transaction: one statement, and a document can never be taken over by someone else or
 * attached twice. Refuses the whole change when any id does not qualify.
 */
export async function attachUploadedDocuments(manager: EntityManager, accountId: string, documentIds: readonly string[], subject: DocumentSubject): Promise<void> {
  const ids = [...new Set(documentIds)];
  if (ids.length === 0) return;
  for (const id of ids) assertId(id, 'documentIds');
  const [column, subjectId] = 'completionId' in subject ? ['completion_id', subject.completionId] : ['offering_id', subject.offeringId];
  const attached = (await manager.query(
    `UPDATE evidence_document SET ${column} = $1
      WHERE id = ANY($2::uuid[]) AND uploaded_by = $3 AND num_nonnulls(application_id, completion_id, offering_id, portfolio_case_id) = 0
      RETURNING id`,
    [subjectId, ids, accountId],
  )) as [{ id: string }[], number];
  if (attached[0].length !== ids.length) {
    throw new AppError('BAD_USER_INPUT', 'Een bestand is niet (meer) beschikbaar: voeg het opnieuw toe.', { field: 'documentIds' });
  }
}
