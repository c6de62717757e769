/**
 * The gate between the server's writes and an import's (src/lib/server/imports.ts), with the
 * jobs run in this thread as on the development server: a request that may write waits while
 * an import writes, an import about to write waits for the requests already in flight, and a
 * request waiting for its own import does not hold that import back.
 */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { longCsv } from '../generate';
import { tempDatabase } from '../helpers';

let t: ReturnType<typeof tempDatabase>;
let imports: typeof import('../../src/lib/server/imports');
beforeAll(async () => {
	t = tempDatabase();
	// The jobs open their own connection to the file DATABASE_URL names.
	process.env.DATABASE_URL = t.path;
	imports = await import('../../src/lib/server/imports');
});
afterAll(() => t.close());

const publish = (years: number[], seed: number) =>
	imports.importFile(Buffer.from(longCsv(years, seed).csv), {
		fileName: `${seed}.csv`,
		importedBy: 'test',
		dryRun: false
	});

it('an import waits for the request in flight; a request asked meanwhile waits for the import', async () => {
	const { withWritesAllowed, writeGate } = imports;
	let answer!: () => void;
	const inFlight = withWritesAllowed(() => new Promise<void>((resolve) => (answer = resolve)));
	await vi.waitFor(() => expect(writeGate().requests).toBe(1));

	const published = publish([2031, 2032], 1);
	await vi.waitFor(() => expect(writeGate().step).toBe('waiting'), { timeout: 5000 });
	let later: ReturnType<typeof writeGate> | null = null;
	const asked = withWritesAllowed(async () => void (later = writeGate()));
	// Held back by the import about to write, which is itself held back by the first request.
	expect(later).toBeNull();
	expect(writeGate()).toMatchObject({ step: 'waiting', requests: 1 });

	answer();
	await inFlight;
	expect((await published).status).toBe('published');
	await asked;
	expect(later).toMatchObject({ step: 'none', requests: 1 });
	expect(writeGate()).toMatchObject({ step: 'none', requests: 0, lastGrant: 'requests done' });
});

it('a request that waits for its own publish does not hold back its write step', async () => {
	const { withWritesAllowed, writeGate } = imports;
	const report = await withWritesAllowed(() => publish([2033], 2));
	expect(report.status).toBe('published');
	expect(writeGate()).toMatchObject({ step: 'none', requests: 0, lastGrant: 'at once' });
});
