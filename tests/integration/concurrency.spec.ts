/**
 * Two `npm run import` started at once on the same database, of two files that overlap: both
 * publish, one after the other, and the second one's log shows it replaced exactly what the
 * first one wrote (readers under load during an import: tests/e2e/concurrency.spec.ts).
 */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	mkdtempSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	realpathSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { longCsv } from '../generate';
import { FIXTURES } from '../helpers';

const range = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, i) => from + i);
const SHARED = range(2070, 2079);
const FILES = {
	a: { years: [...range(2030, 2049), ...SHARED], seed: 1 },
	b: { years: [...range(2050, 2069), ...SHARED], seed: 2 }
};

let dir: string;
let database: string;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'egov-concurrency-'));
	database = join(dir, 'c.db');
	expect((await cli(join(FIXTURES, 'long.csv'))).status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(file: string) {
	let child!: ChildProcess;
	const done = new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
		child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', file], {
			env: { ...process.env, DATABASE_URL: database },
			timeout: 60_000
		});
		let stdout = '';
		let stderr = '';
		child.stdout!.setEncoding('utf8').on('data', (s: string) => (stdout += s));
		child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
	return Object.assign(done, { child });
}

/**
 * Where a CLI is, from /proc (Linux, as CI): whether it has the database open, and whether its
 * main thread sleeps in a timer, which is SQLite's busy handler waiting for the write lock
 * (a Node.js process otherwise waits in epoll, never in nanosleep).
 */
function progressOf(pid: number) {
	const read = (file: string) => {
		try {
			return readFileSync(`/proc/${pid}/${file}`, 'utf8');
		} catch {
			return ''; // not started yet, or ended
		}
	};
	let files: string[] = [];
	try {
		files = readdirSync(`/proc/${pid}/fd`).map((fd) => {
			try {
				return readlinkSync(`/proc/${pid}/fd/${fd}`);
			} catch {
				return ''; // closed meanwhile
			}
		});
	} catch {
		// not started yet, or ended
	}
	return { databaseOpen: files.includes(realpathSync(database)), sleepsIn: read('wchan') };
}

/** `country,year,indicator` → `value,rank` as the database stores them. */
function valuesOf(csv: string) {
	const values = new Map<string, string>();
	for (const line of csv.trim().split('\n').slice(1)) {
		const [country, year, indicator, value, rank] = line.split(',');
		values.set(`${country},${year},${indicator}`, `${Number(value)},${rank}`);
	}
	return values;
}

it('runs two imports started together one after the other, both complete', async () => {
	const files = Object.entries(FILES).map(([name, { years, seed }]) => {
		const { csv, rows } = longCsv(years, seed);
		const path = join(dir, `${name}.csv`);
		writeFileSync(path, csv);
		const sha256 = createHash('sha256').update(csv).digest('hex');
		return { name, path, rows, sha256, values: valuesOf(csv) };
	});
	// The write lock is held here while both start, so that they surely meet at it: both wait,
	// then one runs and the other waits for it (up to the CLI's busy timeout of 10 s).
	const gate = new Database(database);
	gate.exec('BEGIN IMMEDIATE');
	const runs = files.map((f) => cli(f.path));
	// Released once both wait for it, each in SQLite's busy handler.
	await vi.waitFor(
		() => {
			runs.forEach((r, i) => {
				const where = progressOf(r.child.pid!);
				const name = `the CLI of ${files[i].name}.csv`;
				expect(r.child.exitCode, `${name} ended early`).toBeNull();
				expect(where, `${name} is not waiting for the write lock`).toMatchObject({
					databaseOpen: true,
					sleepsIn: expect.stringMatching(/nanosleep/)
				});
			});
		},
		{ timeout: 8_000, interval: 50 }
	);
	gate.exec('ROLLBACK');
	gate.close();
	const results = await Promise.all(runs);
	for (const r of results) {
		expect(r.status, r.stdout + r.stderr).toBe(0);
		expect(r.stdout).toMatch(/published as import #[23] /);
	}

	const sqlite = new Database(database, { readonly: true });
	const imports = sqlite
		.prepare(
			`SELECT id, sha256, status, values_new AS new, values_changed AS changed FROM imports ORDER BY id`
		)
		.all() as { id: number; sha256: string; status: string; new: number; changed: number }[];
	const observations = sqlite
		.prepare(
			'SELECT country, year, indicator, value, rank, import_id AS importId FROM observations WHERE year >= 2030'
		)
		.all() as {
		country: string;
		year: number;
		indicator: string;
		value: number;
		rank: number | null;
		importId: number;
	}[];
	const changes = sqlite
		.prepare(
			`SELECT import_id AS importId, country, year, indicator, previous_existed AS existed, previous_value AS value, previous_rank AS rank, previous_import_id AS previousImportId FROM import_changes WHERE import_id > 1`
		)
		.all() as {
		importId: number;
		country: string;
		year: number;
		indicator: string;
		existed: number;
		value: number | null;
		rank: number | null;
		previousImportId: number | null;
	}[];
	sqlite.close();

	// Imports 2 and 3, one per file, in the order they took the write lock.
	expect(imports.map((i) => [i.id, i.status])).toEqual([
		[1, 'published'],
		[2, 'published'],
		[3, 'published']
	]);
	const [first, second] = [2, 3].map((id) =>
		files.find((f) => f.sha256 === imports[id - 1].sha256)!
	);
	expect(new Set([first.name, second.name])).toEqual(new Set(['a', 'b']));

	// Every value of the second file; every value of the first that the second did not replace.
	const stored = new Map(
		observations.map((o) => [
			`${o.country},${o.year},${o.indicator}`,
			{ value: `${o.value},${o.rank ?? ''}`, importId: o.importId }
		])
	);
	expect(stored.size).toBe(new Set([...first.values.keys(), ...second.values.keys()]).size);
	for (const [key, value] of second.values) expect(stored.get(key)?.value, key).toBe(value);
	for (const [key, value] of first.values) {
		if (!second.values.has(key)) expect(stored.get(key), key).toEqual({ value, importId: 2 });
	}

	// The second import saw the first one whole: what it replaced is exactly what the first
	// wrote, and nothing else changed (never half of one, half of the other).
	const replaced = changes.filter((c) => c.importId === 3 && c.existed);
	const changedShared = [...second.values].filter(
		([key, v]) => first.values.has(key) && first.values.get(key) !== v
	).length;
	expect(imports[2].changed).toBe(changedShared);
	expect(replaced).toHaveLength(changedShared);
	for (const c of replaced) {
		const key = `${c.country},${c.year},${c.indicator}`;
		expect(c.previousImportId, key).toBe(2);
		expect(`${c.value},${c.rank ?? ''}`, key).toBe(first.values.get(key));
	}
	expect(changes.filter((c) => c.importId === 2 && c.existed)).toEqual([]);
	expect(imports[1].new).toBe(first.rows);
}, 90_000);
