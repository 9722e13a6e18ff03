/** The file types and size the API accepts as evidence. */
export const EVIDENCE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** Why an upload failed: the API's (Dutch) message, or null when the API did not answer. */
export class UploadError extends Error {
  constructor(readonly apiMessage: string | null) {
    super(apiMessage ?? 'upload failed');
  }
}

/** Why the portal will not send a file: a type or size the API refuses; null when it may be sent. */
export function fileProblem(file: File): 'wrongType' | 'tooLarge' | null {
  if (!(EVIDENCE_TYPES as readonly string[]).includes(file.type)) return 'wrongType';
  return file.size > MAX_EVIDENCE_BYTES ? 'tooLarge' : null;
}

/**
 * Sends one file to an upload route of the API with the file as body, its Content-Type and its name in
 * `X-File-Name`, with the session cookie: the portal's only requests that are not GraphQL.
 */
async function postFile(path: string, file: File, fetchImpl: typeof fetch): Promise<{ id: string }> {
  let response: Response;
  try {
    response = await fetchImpl(path, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': file.type, 'X-File-Name': encodeURIComponent(file.name) },
      body: file,
    });
  } catch {
    throw new UploadError(null);
  }
  if (response.ok) return (await response.json()) as { id: string };
  let message: string | null = null;
  try {
    const body = (await response.json()) as { errors?: { message?: unknown }[] };
    const first = body.errors?.[0]?.message;
    if (typeof first === 'string') message = first;
  } catch {
    // not JSON (e.g. the proxy's own error page)
  }
  throw new UploadError(message);
}

/** Adds one evidence file to a draft application: `POST /applications/:id/documents`. */
export async function uploadEvidence(applicationId: string, file: File, fetchImpl: typeof fetch = fetch): Promise<void> {
  await postFile(`/applications/${encodeURIComponent(applicationId)}/documents`, file, fetchImpl);
}

/** Uploads a file to attach in the next step (a certificate's file): `POST /documents`; the new document's id. */
export async function uploadDocument(file: File, fetchImpl: typeof fetch = fetch): Promise<string> {
  return (await postFile('/documents', file, fetchImpl)).id;
}

/** Adds one file to a theme of the leader's portfolio case: `POST /portfolio-cases/:id/themes/:themeId/documents`. */
export async function uploadPortfolioDocument(caseId: string, themeId: string, file: File, fetchImpl: typeof fetch = fetch): Promise<void> {
  await postFile(`/portfolio-cases/${encodeURIComponent(caseId)}/themes/${encodeURIComponent(themeId)}/documents`, file, fetchImpl);
}

/** Starts a legacy import with its first file (staff): `POST /imports`; the new import's id. */
export async function createLegacyImport(file: File, fetchImpl: typeof fetch = fetch): Promise<string> {
  return (await postFile('/imports', file, fetchImpl)).id;
}

/** Adds a further file (CSV) to a legacy import before its dry run: `POST /imports/:id/files`. */
export async function addLegacyImportFile(importId: string, file: File, fetchImpl: typeof fetch = fetch): Promise<void> {
  await postFile(`/imports/${encodeURIComponent(importId)}/files`, file, fetchImpl);
}
