import { describe, expect, it } from 'vitest';
import {
	appConnectionProblems,
	dbImportProblems,
	domainImportProblems,
	OBSERVATION_WRITER,
	read,
	sourceFiles,
	sqlProblems,
	writesObservations
} from '../data-layer-rules';

const files = sourceFiles();
const inDb = (file: string) => file.startsWith('src/lib/server/db/');

describe('the layering', () => {
	it('finds the source files', () => {
		expect(files).toContain('src/lib/server/db/index.ts');
		expect(files).toContain('src/routes/+page.server.ts');
	});

	it('db modules import only db, schema and domain types, drizzle, better-sqlite3 and node', () => {
		expect(files.filter(inDb).flatMap((f) => dbImportProblems(f, read(f)))).toEqual([]);
	});

	it('outside db, no file holds SQL or uses a connection directly', () => {
		expect(files.filter((f) => !inDb(f)).flatMap((f) => sqlProblems(f, read(f)))).toEqual([]);
	});

	it("only routes and hooks import the application's connection", () => {
		expect(files.flatMap((f) => appConnectionProblems(f, read(f)))).toEqual([]);
	});

	it('domain code imports nothing from the server', () => {
		const domain = files.filter((f) => f.startsWith('src/lib/domain/'));
		expect(domain.length).toBeGreaterThan(5);
		expect(domain.flatMap((f) => domainImportProblems(f, read(f)))).toEqual([]);
	});

	it('only the import and undo writers write to observations', () => {
		expect(writesObservations(read(OBSERVATION_WRITER))).toBe(true);
		expect(files.filter((f) => f !== OBSERVATION_WRITER && writesObservations(read(f)))).toEqual(
			[]
		);
	});
});

describe('the rules catch planted violations', () => {
	const service = 'src/lib/server/plans.ts';
	const dbModule = 'src/lib/server/db/countries.ts';

	it('SQL and connections outside db', () => {
		for (const code of [
			`sqlite.prepare('SELECT iso3 FROM countries').all()`,
			'db.$client.exec(`DROP INDEX "x"`)',
			`const n = db.select().from(countries).all();`,
			`const q = "DELETE FROM sessions WHERE user_id = ?";`,
			`import { eq } from 'drizzle-orm';`,
			`import type Database from 'better-sqlite3';`,
			'sqlite.exec(`BEGIN IMMEDIATE`);',
			`const sql = \`INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)\`;`
		]) {
			expect(sqlProblems(service, code), code).not.toEqual([]);
		}
	});

	it('and not what only looks like them', () => {
		for (const code of [
			`const m = /^Bearer\\s+(\\S+)$/i.exec(header);`,
			`// a comment may say INSERT INTO observations`,
			`const label = 'Select a country, then update the view';`,
			`const url = 'https://example.org/select';`,
			`import { db } from '$lib/server/db';`,
			`listCountries(db).map((c) => c.iso3);`
		]) {
			expect(sqlProblems(service, code), code).toEqual([]);
		}
	});

	it('db modules importing services, routes or the app connection', () => {
		for (const code of [
			`import { createWriter } from '../import/store';`,
			`import { audit } from '$lib/server/auth/audit';`,
			`import { db } from '.';`,
			`import { db } from './index';`,
			`import { load } from '../../../routes/+page.server';`,
			`import { levelGroup } from '$lib/domain/levels';`
		]) {
			expect(dbImportProblems(dbModule, code), code).not.toEqual([]);
		}
		expect(dbImportProblems(dbModule, `import type { Db } from './connection';`)).toEqual([]);
		expect(
			dbImportProblems(dbModule, `import type { LevelGroup } from '$lib/domain/levels';`)
		).toEqual([]);
	});

	it("services importing the application's connection, domain importing server code", () => {
		expect(appConnectionProblems(service, `import { db } from './db';`)).not.toEqual([]);
		expect(appConnectionProblems(service, `import { db } from '$lib/server/db';`)).not.toEqual([]);
		expect(appConnectionProblems(service, `import type { Db } from './db/connection';`)).toEqual(
			[]
		);
		expect(
			domainImportProblems(
				'src/lib/domain/x.ts',
				`import type { Target } from '../server/db/schema';`
			)
		).not.toEqual([]);
	});

	it('writes to observations', () => {
		expect(writesObservations(`run('DELETE FROM observations WHERE import_id = ?')`)).toBe(true);
		expect(writesObservations('`UPDATE observations SET value = ?`')).toBe(true);
		expect(writesObservations(`db.insert(observations).values(rows).run()`)).toBe(true);
		expect(writesObservations(`db.select().from(observations).all()`)).toBe(false);
		expect(writesObservations(`'SELECT value FROM observations'`)).toBe(false);
	});
});
