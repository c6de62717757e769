import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { tokenHash, userForApiToken } from '../../src/lib/server/auth/tokens';
import { verifyPassword } from '../../src/lib/server/auth/passwords';
import { findUserByEmail } from '../../src/lib/server/auth/users';
import { tempDatabase } from '../helpers';

let t: ReturnType<typeof tempDatabase>;
beforeEach(() => (t = tempDatabase()));
afterEach(() => t.close());

function user(args: string[], input?: string) {
	// As `npm run user -- …` runs it: the script compiled by scripts/cli.js.
	const result = spawnSync(process.execPath, ['scripts/cli.js', 'user', ...args], {
		env: { ...process.env, DATABASE_URL: t.path },
		encoding: 'utf8',
		input: input ?? ''
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const add = (email: string, role: string, password = 'correct horse battery\n') =>
	user(
		['add', '--email', email, '--name', 'Ada Admin', '--role', role, '--password-stdin'],
		password
	);

const auditActions = () =>
	t.db.$client.prepare('SELECT actor, action, subject, details FROM audit_log ORDER BY id').all();

describe('npm run user', () => {
	it('adds a user with the password read from stdin, hashed', async () => {
		const result = add('Ada@Example.org', 'admin');
		expect(result.stdout).toBe('Added Ada Admin <ada@example.org> as admin.\n');
		expect(result.status).toBe(0);
		const ada = findUserByEmail(t.db, 'ada@example.org')!;
		expect(ada).toMatchObject({ role: 'admin', active: true, mustChangePassword: false });
		expect(ada.passwordHash).toMatch(/^\$argon2id\$/);
		expect(await verifyPassword(ada.passwordHash, 'correct horse battery')).toBe(true);
		expect(auditActions()).toEqual([
			{ actor: 'cli', action: 'user.add', subject: 'user ada@example.org', details: 'role admin' }
		]);
	});

	it('refuses a short password, a taken email and an unknown role', () => {
		const short = add('ada@example.org', 'admin', 'short\n');
		expect(short.status).toBe(1);
		expect(short.stderr).toContain('A password needs at least 10 characters.');
		expect(add('ada@example.org', 'admin').status).toBe(0);
		const again = add('ADA@example.org', 'viewer');
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('There is already a user with the email ada@example.org.');
		const role = add('bob@example.org', 'superuser');
		expect(role.status).toBe(2);
		expect(role.stderr).toContain('The role is one of viewer, editor, analyst, admin.');
	});

	it('changes a role', () => {
		add('ada@example.org', 'viewer');
		const result = user(['set-role', '--email', 'ada@example.org', '--role', 'analyst']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('ada@example.org: viewer → analyst.');
		expect(findUserByEmail(t.db, 'ada@example.org')!.role).toBe('analyst');
		expect(auditActions().at(-1)).toMatchObject({
			action: 'user.role',
			details: 'viewer → analyst'
		});
		const nobody = user(['set-role', '--email', 'nobody@example.org', '--role', 'admin']);
		expect(nobody.status).toBe(1);
		expect(nobody.stderr).toContain('No user has the email nobody@example.org.');
	});

	it('prints a new token once and stores only its hash', () => {
		add('ada@example.org', 'analyst');
		const result = user(['token', '--email', 'ada@example.org', '--label', 'nightly import']);
		expect(result.status).toBe(0);
		const token = result.stdout.trim();
		expect(token).toMatch(/^dgm_[\w-]{43}$/);
		expect(result.stderr).toContain('It is shown only now');
		const rows = t.db.$client.prepare('SELECT token_hash, label FROM api_tokens').all();
		expect(rows).toEqual([{ token_hash: tokenHash(token), label: 'nightly import' }]);
		expect(JSON.stringify(t.db.$client.prepare('SELECT * FROM api_tokens').all())).not.toContain(
			token
		);
		expect(userForApiToken(t.db, token)?.email).toBe('ada@example.org');
		// A second token is another one; the first is not shown again anywhere.
		const second = user(['token', '--email', 'ada@example.org']).stdout.trim();
		expect(second).not.toBe(token);
		expect(
			auditActions().filter((a) => (a as { action: string }).action === 'token.create')
		).toHaveLength(2);
	});

	it('lists users', () => {
		expect(user(['list']).stdout).toContain('No users yet.');
		add('ada@example.org', 'admin');
		add('bob@example.org', 'viewer');
		const result = user(['list']);
		expect(result.status).toBe(0);
		const lines = result.stdout.trim().split('\n');
		expect(lines[0]).toMatch(/^email\s+name\s+role\s+status\s+created$/);
		expect(lines[1]).toMatch(/^ada@example\.org\s+Ada Admin\s+admin\s+active\s+\d{4}-\d\d-\d\d$/);
		expect(lines[2]).toMatch(/^bob@example\.org\s+Ada Admin\s+viewer\s+active/);
	});

	it('deactivates a user and revokes their tokens', () => {
		add('ada@example.org', 'analyst');
		const token = user(['token', '--email', 'ada@example.org']).stdout.trim();
		const result = user(['deactivate', '--email', 'ada@example.org']);
		expect(result.status).toBe(0);
		expect(findUserByEmail(t.db, 'ada@example.org')!.active).toBe(false);
		expect(userForApiToken(t.db, token)).toBeNull();
		expect(user(['list']).stdout).toMatch(/ada@example\.org.*deactivated/);
	});

	it('refuses to demote or deactivate the last active admin, as the web page does', () => {
		add('ada@example.org', 'admin');
		const demote = user(['set-role', '--email', 'ada@example.org', '--role', 'viewer']);
		expect(demote.status).toBe(1);
		expect(demote.stderr).toContain('ada@example.org is the last active admin');
		const deactivate = user(['deactivate', '--email', 'ada@example.org']);
		expect(deactivate.status).toBe(1);
		expect(findUserByEmail(t.db, 'ada@example.org')).toMatchObject({ role: 'admin', active: true });
		// With a second admin, either may go.
		add('bea@example.org', 'admin');
		expect(user(['set-role', '--email', 'ada@example.org', '--role', 'viewer']).status).toBe(0);
		expect(user(['deactivate', '--email', 'bea@example.org']).status).toBe(1);
	});

	it('answers bad usage with the usage and exit status 2', () => {
		for (const args of [
			[],
			['frobnicate'],
			['add', '--email', 'a@example.org'],
			['add', '--email', 'a@example.org', '--name', 'A', '--role', 'viewer'],
			['set-role', '--email', 'a@example.org'],
			['token'],
			['list', '--colour']
		]) {
			const result = user(args);
			expect(result.status, args.join(' ')).toBe(2);
			expect(result.stderr).toContain('usage:');
		}
		expect(auditActions()).toEqual([]);
	});
});
