/** The file types and size the API accepts as evidence. */
export const EVIDENCE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** Why an upload failed: the API's (Dutch) message, or null when the API did not answer. */
export class UploadError extends Error {
  constructor(readonly apiMessage: string | null) {
    super(apiMessage ?? 'upload failed');
  }
}

/**
 * Sends one evidence file to the draft: `POST /applications/:id/documents` with the file as body, its
 * Content-Type and its name in `X-File-Name`, with the session cookie. The portal's only request that
 * is not GraphQL.
 */
export async function uploadEvidence(applicationId: string, file: File, fetchImpl: typeof fetch = fetch): Promise<void> {
  let response: Response;
  try {
    response = await fetchImpl(`/applications/${encodeURIComponent(applicationId)}/documents`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': file.type, 'X-File-Name': encodeURIComponent(file.name) },
      body: file,
    });
  } catch {
    throw new UploadError(null);
  }
  if (response.ok) return;
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
