import { describe, expect, it, vi } from 'vitest';
import { parseCompletionRows } from './completionRows';
import { uploadCompletionsCsv } from './uploadCompletionsCsv';

describe('parseCompletionRows', () => {
  it('reads register number and date per line (; , tab or spaces; ISO or Dutch dates), skipping a header and empty lines', () => {
    const parsed = parseCompletionRows('registernummer;datum\n100042;2026-03-01\n\n100043, 2-3-2026\n100044\t03-03-2026\n100045 2026-03-04\n');
    expect(parsed.rows).toEqual([
      { registerNumber: '100042', completedOn: '2026-03-01' },
      { registerNumber: '100043', completedOn: '2026-03-02' },
      { registerNumber: '100044', completedOn: '2026-03-03' },
      { registerNumber: '100045', completedOn: '2026-03-04' },
    ]);
    expect(parsed.lines).toEqual([2, 4, 5, 6]);
    expect(parsed.invalid).toEqual([]);
  });

  it('reports lines without a valid date, and does not send them', () => {
    const parsed = parseCompletionRows('100042;31-02-2026\n100043\n100044;2026-03-01;extra\n100045;2026-03-01');
    expect(parsed.rows).toEqual([{ registerNumber: '100045', completedOn: '2026-03-01' }]);
    expect(parsed.lines).toEqual([4]);
    expect(parsed.invalid.map((line) => line.line)).toEqual([1, 2, 3]);
  });
});

describe('uploadCompletionsCsv', () => {
  it('posts the file as text/csv with the session cookie and returns the report', async () => {
    const report = { executionId: 'e1', total: 1, recorded: 1, alreadyRecorded: 0, rejected: 0, rows: [{ row: 1, registerNumber: '100042', status: 'RECORDED', message: 'Geregistreerd.' }] };
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify(report), { status: 200, headers: { 'content-type': 'application/json' } }));
    const file = new Blob(['registernummer;datum\n100042;2026-03-01\n'], { type: 'text/csv' });

    const result = await uploadCompletionsCsv('e1', file, false, fetchImpl as unknown as typeof fetch);

    expect(fetchImpl).toHaveBeenCalledWith('/executions/e1/completions.csv', expect.objectContaining({ method: 'POST', credentials: 'include', headers: { 'Content-Type': 'text/csv' }, body: file }));
    expect(result.recorded).toBe(1);
    expect(result.rows[0]).toMatchObject({ __typename: 'CompletionRowOutcome', code: null, status: 'RECORDED' });
  });

  it('only checks with dryRun', async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ executionId: 'e1', dryRun: true, total: 0, recorded: 0, alreadyRecorded: 0, dateDiffers: 0, rejected: 0, rows: [] }), { status: 200 }));
    expect((await uploadCompletionsCsv('e1', new Blob(['x']), true, fetchImpl as unknown as typeof fetch)).dryRun).toBe(true);
    expect(fetchImpl).toHaveBeenCalledWith('/executions/e1/completions.csv?dryRun=true', expect.objectContaining({ method: 'POST' }));
  });

  it('throws the API’s Dutch message when refused', async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ errors: [{ message: 'De kopregel ontbreekt.' }] }), { status: 400 }));
    await expect(uploadCompletionsCsv('e1', new Blob(['x']), true, fetchImpl as unknown as typeof fetch)).rejects.toMatchObject({ apiMessage: 'De kopregel ontbreekt.' });
  });
});
