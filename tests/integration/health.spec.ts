import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrationsFolder } from '../../src/lib/server/db/connection';
import { checkHealth } from '../../src/lib/server/health';
import { tempDatabase } from '../helpers';

let t: ReturnType<typeof tempDatabase>;
beforeEach(() => (t = tempDatabase()));
afterEach(() => t.close());

const journal = JSON.parse(readFileSync(join(migrationsFolder(), 'meta/_journal.json'), 'utf8'));
const tags: string[] = journal.entries.map((e: { tag: string }) => e.tag);

describe('the health check', () => {
	it('is ok on a database with every migration applied', () => {
		expect(tags.length).toBeGreaterThanOrEqual(3);
		expect(checkHealth(t.db, migrationsFolder())).toEqual({
			status: 'ok',
			database: 'ok',
			migrations: 'current'
		});
	});

	it('names the migration a database has not had', () => {
		const last = journal.entries.at(-1);
		t.db.$client.prepare('DELETE FROM __drizzle_migrations WHERE created_at = ?').run(last.when);
		expect(checkHealth(t.db, migrationsFolder())).toEqual({
			status: 'error',
			database: 'ok',
			migrations: 'pending',
			reason: `migrations not applied: ${last.tag}`
		});
	});

	it('sees a migration added to the folder after the database was migrated', () => {
		const folder = mkdtempSync(join(tmpdir(), 'egov-migrations-'));
		try {
			cpSync(migrationsFolder(), folder, { recursive: true });
			const added = {
				idx: tags.length,
				version: '6',
				when: Date.now(),
				tag: '9999_next',
				breakpoints: true
			};
			writeFileSync(
				join(folder, 'meta/_journal.json'),
				JSON.stringify({ ...journal, entries: [...journal.entries, added] })
			);
			const health = checkHealth(t.db, folder);
			expect(health.status).toBe('error');
			expect(health.reason).toBe('migrations not applied: 9999_next');
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});

	it('counts every migration pending on a database that was never migrated', () => {
		t.db.$client.exec('DROP TABLE __drizzle_migrations');
		const health = checkHealth(t.db, migrationsFolder());
		expect(health.migrations).toBe('pending');
		expect(health.reason).toBe(`migrations not applied: ${tags.join(', ')}`);
	});

	it('reports a database that does not answer', () => {
		const closed = tempDatabase();
		closed.db.$client.close();
		try {
			const health = checkHealth(closed.db, migrationsFolder());
			expect(health).toMatchObject({ status: 'error', database: 'error', migrations: 'unknown' });
			expect(health.reason).toMatch(/^the database did not answer: /);
		} finally {
			rmSync(closed.dir, { recursive: true, force: true });
		}
	});

	it('reports a migrations folder it cannot read', () => {
		const health = checkHealth(t.db, join(t.dir, 'no-such-folder'));
		expect(health).toMatchObject({ status: 'error', database: 'ok', migrations: 'unknown' });
	});
});
