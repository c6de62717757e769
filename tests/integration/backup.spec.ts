import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checksum, importFixture, tempDatabase } from '../helpers';

let t: ReturnType<typeof tempDatabase>;
beforeEach(async () => {
	t = tempDatabase();
	await importFixture(t.db, 'un-egov-2022.csv');
});
afterEach(() => t.close());

function npm(script: 'db-backup' | 'db-restore', ...args: string[]) {
	const result = spawnSync(
		process.execPath,
		['node_modules/tsx/dist/cli.mjs', `scripts/${script}.ts`, ...args],
		{ env: { ...process.env, DATABASE_URL: t.path }, encoding: 'utf8' }
	);
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run db:backup and db:restore', () => {
	it('round-trips: a backup taken while a connection is open restores every row', async () => {
		const original = checksum(t.db);
		const copy = join(t.dir, 'copy.db');
		// t.db stays open, as a running server's connection would.
		const backup = npm('db-backup', copy);
		expect(backup.stderr).toBe('');
		expect(backup.status).toBe(0);
		expect(backup.stdout).toMatch(/copy\.db: 40 observations, checked/);

		await importFixture(t.db, 'long-update.csv');
		expect(checksum(t.db)).not.toBe(original);

		const restore = npm('db-restore', copy);
		expect(restore.status).toBe(0);
		expect(restore.stdout).toMatch(/restored, 40 observations/);
		// The open connection sees the restored content.
		expect(checksum(t.db)).toBe(original);
		// And what was there before is kept.
		const kept = readdirSync(t.dir).filter((f) => f.startsWith('test.db.before-restore-'));
		expect(kept).toHaveLength(1);
		expect(restore.stdout).toContain(kept[0]);
	});

	it('refuses to overwrite an existing file', () => {
		const copy = join(t.dir, 'copy.db');
		writeFileSync(copy, 'precious');
		const backup = npm('db-backup', copy);
		expect(backup.status).toBe(1);
		expect(backup.stderr).toMatch(/exists; choose another name/);
	});

	it.each([
		['not a database', 'hello, this is text', /not a readable SQLite database/],
		['an empty file', '', /not a database of this dashboard|not a readable SQLite database/]
	])('refuses to restore %s, changing nothing', (_what, content, message) => {
		const before = checksum(t.db);
		const bad = join(t.dir, 'bad.db');
		writeFileSync(bad, content);
		const restore = npm('db-restore', bad);
		expect(restore.status).toBe(1);
		expect(restore.stderr).toMatch(message);
		expect(checksum(t.db)).toBe(before);
		expect(readdirSync(t.dir).some((f) => f.includes('before-restore'))).toBe(false);
	});

	it('refuses a missing backup and explains its usage', () => {
		expect(npm('db-restore', join(t.dir, 'nope.db'))).toMatchObject({ status: 1 });
		expect(npm('db-backup')).toMatchObject({ status: 2 });
		expect(existsSync(join(t.dir, 'nope.db'))).toBe(false);
	});
});
