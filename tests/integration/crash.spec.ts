/**
 * Crash safety: `npm run import` killed with SIGKILL at a random moment, twenty times on the
 * same database, leaves a database that opens, passes `PRAGMA integrity_check`, and holds
 * either all of the file or none of it, with a published import recorded iff all of it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FREE_YEARS, longCsv, seededRandom } from '../generate';
import { FIXTURES } from '../helpers';

const KILLS = 20;
const MIN_DELAY_MS = 200;
/** Kills that must land while the import holds the write lock, for the test to mean anything. */
const MIN_KILLS_MID_IMPORT = 5;

let dir: string;
let database: string;
const running = new Set<ChildProcess>();

/** `npm run import -- file` with tsx as a loader, so that SIGKILL reaches the importer itself. */
function startImport(db: string, file: string) {
	const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', file], {
		env: { ...process.env, DATABASE_URL: db },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	running.add(child);
	let output = '';
	child.stdout!.on('data', (s) => (output += s));
	child.stderr!.on('data', (s) => (output += s));
	const done = new Promise<{ status: number | null; signal: string | null; output: string }>(
		(resolve) =>
			child.on('close', (status, signal) => {
				running.delete(child);
				resolve({ status, signal, output });
			})
	);
	return { child, done };
}

const GENERATED = `year IN (${FREE_YEARS.join(',')})`;

/**
 * What the database holds for the generated years, cheaply enough to look at after every kill.
 * Values have five decimals, so `units` (their sum in 1e-5) and `weighted` (the same, times
 * the year's position) are exact integers: a mix of two files matches neither file's.
 */
function databaseState(path: string) {
	const sqlite = new Database(path);
	try {
		const totals = sqlite
			.prepare(
				`SELECT count(*) AS rows, sum(units) AS units, sum(units * (year - 1989)) AS weighted,
				 max(import_id) AS importId
				 FROM (SELECT year, import_id, CAST(round(value * 100000) AS INTEGER) AS units
				       FROM observations WHERE ${GENERATED})`
			)
			.get() as { rows: number; units: number | null; weighted: number | null; importId: number };
		return {
			integrity: sqlite.pragma('integrity_check', { simple: true }) as string,
			...totals,
			published: sqlite
				.prepare(`SELECT id, sha256 FROM imports WHERE kind = 'import' AND status = 'published'`)
				.all() as { id: number; sha256: string }[]
		};
	} finally {
		sqlite.close();
	}
}

/** Every generated value, sorted: for the exact comparison at the end. */
function databaseLines(path: string): string[] {
	const sqlite = new Database(path, { readonly: true });
	try {
		const rows = sqlite
			.prepare(`SELECT country, year, indicator, value, rank FROM observations WHERE ${GENERATED}`)
			.raw()
			.all() as (string | number | null)[][];
		return rows.map((r) => r.map((v) => v ?? '').join(',')).sort();
	} finally {
		sqlite.close();
	}
}

/** Whether another connection holds the write lock (the import's transaction is open). */
function importIsWriting(path: string): boolean {
	const probe = new Database(path, { timeout: 0 });
	try {
		probe.exec('BEGIN IMMEDIATE');
		probe.exec('ROLLBACK');
		return false;
	} catch (error) {
		if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return true;
		throw error;
	} finally {
		probe.close();
	}
}

/** A generated edition on disk, with what the database holds once all of it is in. */
function edition(seed: number) {
	const generated = longCsv(FREE_YEARS, seed);
	const file = join(dir, `edition-${seed}.csv`);
	writeFileSync(file, generated.csv);
	const rows = generated.csv
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => line.split(','));
	let units = 0;
	let weighted = 0;
	for (const [, year, , value] of rows) {
		const u = Math.round(Number(value) * 1e5);
		units += u;
		weighted += u * (Number(year) - 1989);
	}
	return {
		file,
		rows: generated.rows,
		units,
		weighted,
		sha256: createHash('sha256').update(generated.csv).digest('hex'),
		lines: () => rows.map(([c, y, i, v, rank]) => `${c},${y},${i},${Number(v)},${rank}`).sort()
	};
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the import holds the write lock (true) or the CLI has ended (false). */
async function waitForLock(path: string, child: ChildProcess): Promise<boolean> {
	while (child.exitCode === null && child.signalCode === null) {
		if (importIsWriting(path)) return true;
		await sleep(10);
	}
	return false;
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'egov-crash-'));
	database = join(dir, 'crash.db');
	const preload = await startImport(database, join(FIXTURES, 'long.csv')).done;
	expect(preload.status, preload.output).toBe(0);
});
afterAll(() => {
	for (const child of running) child.kill('SIGKILL');
	rmSync(dir, { recursive: true, force: true });
});

it('survives SIGKILL at any moment of an import: all or nothing, never a damaged file', async () => {
	// How long an import of such a file takes here, on a copy: until it takes the write lock
	// (the CLI's start-up) and until it ends.
	const scratch = join(dir, 'scratch.db');
	copyFileSync(database, scratch);
	if (existsSync(`${database}-wal`)) copyFileSync(`${database}-wal`, `${scratch}-wal`);
	const sample = edition(999);
	const started = performance.now();
	const timed = startImport(scratch, sample.file);
	expect(await waitForLock(scratch, timed.child), 'the import never took the lock').toBe(true);
	const lockedMs = performance.now() - started;
	expect((await timed.done).status).toBe(0);
	const writeMs = performance.now() - started - lockedMs;

	// One kill in five while the CLI starts, at a random moment; the others at a random moment
	// of the import itself, from when it takes the write lock to a little after it usually ends
	// (while it commits or closes the file). Timed from the lock, the kills land in the import
	// however busy the machine is.
	const random = seededRandom(20240607);
	const phases = { beforeImport: 0, midImport: 0, finished: 0 };
	let state = databaseState(database);
	expect(state).toMatchObject({ integrity: 'ok', rows: 0, published: [{ id: 1 }] });
	for (let i = 0; i < KILLS; i++) {
		const file = edition(i);
		const before = state;
		const duringStartUp = random() < 0.2;
		const delay = duringStartUp
			? MIN_DELAY_MS + random() * (lockedMs - MIN_DELAY_MS)
			: random() * writeMs * 1.2;
		const run = startImport(database, file.file);
		if (!duringStartUp) await waitForLock(database, run.child);
		await sleep(delay);
		if (run.child.exitCode !== null) phases.finished++;
		else if (importIsWriting(database)) phases.midImport++;
		else phases.beforeImport++;
		run.child.kill('SIGKILL');
		const result = await run.done;

		state = databaseState(database);
		const what = `kill ${i + 1}, ${Math.round(delay)} ms after ${duringStartUp ? 'the start' : 'the lock'} (${result.signal ?? `exit ${result.status}`})`;
		expect(state.integrity, what).toBe('ok');
		const published = state.published.filter((p) => p.sha256 === file.sha256);
		if (published.length > 0) {
			// All of it, published once.
			expect(published, what).toHaveLength(1);
			expect(state, what).toMatchObject({
				rows: file.rows,
				units: file.units,
				weighted: file.weighted,
				importId: published[0].id
			});
		} else {
			// None of it: exactly as before.
			expect(state, `${what}: neither all of the file nor none`).toEqual(before);
			expect(result.status, `${what}: the CLI ended without publishing`).toBeNull();
		}
	}
	console.log(
		`${KILLS} kills (the CLI takes the write lock after ${Math.round(lockedMs)} ms and writes for ${Math.round(writeMs)} ms): ${phases.beforeImport} before the import, ${phases.midImport} during it, ${phases.finished} after it ended`
	);
	expect(
		phases.midImport,
		'kills inside the import (is the import too quick for this file?)'
	).toBeGreaterThanOrEqual(MIN_KILLS_MID_IMPORT);

	const last = edition(KILLS);
	const complete = await startImport(database, last.file).done;
	expect(complete.status, complete.output).toBe(0);
	expect(complete.output).toMatch(/published as import #\d+/);
	state = databaseState(database);
	expect(state).toMatchObject({ integrity: 'ok', rows: last.rows, units: last.units });
	expect(state.published.filter((p) => p.sha256 === last.sha256)).toHaveLength(1);
	expect(databaseLines(database)).toEqual(last.lines());
}, 180_000);
