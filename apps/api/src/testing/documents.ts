/** Uploads a file through `POST /documents` as the signed-in `cookie` and returns the new document's id. */
export async function uploadDocument(baseUrl: string, cookie: string, content = Buffer.from('%PDF-1.4 certificaat'), fileName = 'certificaat.pdf'): Promise<string> {
  const response = await fetch(`${baseUrl}/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent(fileName), cookie },
    body: content,
  });
  if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
