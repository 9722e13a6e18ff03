import type { CompletionReportFieldsFragment } from '../gql/graphql';
import { UploadError } from '../leader/uploadEvidence';

/**
 * Sends a CSV of participants for an execution: `POST /executions/:id/completions.csv` with
 * Content-Type text/csv and the session cookie (`dryRun`: only check). Answers the same per-row report
 * as `recordCompletions`; throws {@link UploadError} with the API's (Dutch) message when refused.
 */
export async function uploadCompletionsCsv(
  executionId: string,
  file: Blob,
  dryRun: boolean,
  fetchImpl: typeof fetch = fetch,
): Promise<CompletionReportFieldsFragment> {
  let response: Response;
  try {
    response = await fetchImpl(`/executions/${encodeURIComponent(executionId)}/completions.csv${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'text/csv' },
      body: file,
    });
  } catch {
    throw new UploadError(null);
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON (e.g. the proxy's own error page)
  }
  if (response.ok && body && typeof body === 'object' && 'rows' in body) {
    const report = body as Omit<CompletionReportFieldsFragment, '__typename'>;
    return {
      __typename: 'RecordCompletionsResult',
      ...report,
      rows: report.rows.map((row) => ({
        ...row,
        __typename: 'CompletionRowOutcome',
        code: row.code ?? null,
        leaderName: row.leaderName ?? null,
        completedOn: row.completedOn ?? null,
        recordedOn: row.recordedOn ?? null,
      })),
    };
  }
  const first = (body as { errors?: { message?: unknown }[] } | null)?.errors?.[0]?.message;
  throw new UploadError(typeof first === 'string' ? first : null);
}
