import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { audit, auditPage } from '../../src/lib/server/auth/audit';
import {
	hashPassword,
	oneTimePassword,
	passwordProblem,
	verifyPassword
} from '../../src/lib/server/auth/passwords';
import {
	createSession,
	endSession,
	endUserSessions,
	SESSION_LIFETIME_MS,
	validateSession
} from '../../src/lib/server/auth/sessions';
import { createApiToken, tokenHash, userForApiToken } from '../../src/lib/server/auth/tokens';
import {
	createUser,
	isLastAdmin,
	newUserProblems,
	setActive,
	setRole
} from '../../src/lib/server/auth/users';
import { translate, translateEach } from '../../src/lib/i18n/translate';
import { tempDatabase } from '../helpers';

let t: ReturnType<typeof tempDatabase>;
beforeEach(() => (t = tempDatabase()));
afterEach(() => t.close());

const T0 = new Date('2026-03-01T09:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

const addUser = (email = 'ana@example.org', role: 'viewer' | 'editor' | 'admin' = 'editor') =>
	createUser(t.db, { email, name: 'Ana', role, password: 'correct horse battery' });

describe('passwords', () => {
	it('hashes with argon2id and verifies only the right password', async () => {
		const hash = await hashPassword('correct horse battery');
		expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
		expect(await verifyPassword(hash, 'correct horse batterY')).toBe(false);
		expect(await verifyPassword('not a hash', 'x')).toBe(false);
		expect(await hashPassword('correct horse battery')).not.toBe(hash); // salted
	});

	it('asks for at least 10 characters', () => {
		expect(passwordProblem('123456789')).toEqual({
			key: 'accounts.password.tooShort',
			params: { min: 10 }
		});
		expect(translate('en', passwordProblem('123456789')!)).toBe(
			'A password needs at least 10 characters.'
		);
		expect(passwordProblem('glacier tulip')).toBeNull();
	});

	it('refuses common and predictable passwords, and the user’s own e-mail or name', () => {
		const ana = { email: 'ana.analyst@example.org', name: 'Ana Analyst' };
		const common = { key: 'accounts.password.common' };
		const personal = { key: 'accounts.password.personal' };
		for (const p of ['password12', '1234567890', 'qwertyuiop', 'Password2024!', 'welcome123'])
			expect(passwordProblem(p, ana), p).toEqual(common);
		for (const p of ['aaaaaaaaaa', '9876543210', 'abcdefghij', '1212121212', 'abcabcabcabc'])
			expect(passwordProblem(p, ana), p).toEqual(common);
		for (const p of ['ana.analyst@example.org', 'AnaAnalyst2024', 'analyst@example'])
			expect(passwordProblem(p, ana), p).toEqual(personal);
		expect(translate('en', 'accounts.password.common')).toMatch(/among the first/);
		expect(passwordProblem('correct horse battery', ana)).toBeNull();
		expect(passwordProblem('ana plays the cello loudly', ana)).toBeNull();
	});

	it("names what is wrong with a new user, for the page to say in the visitor's language", () => {
		const problems = newUserProblems({ email: 'ana', name: '', role: 'boss', password: 'short' });
		expect(translateEach('en', problems)).toEqual({
			email: 'Enter an email address such as ana@example.org.',
			name: 'Enter the person’s name.',
			role: 'The role is one of viewer, editor, analyst, admin.',
			password: 'A password needs at least 10 characters.'
		});
		expect(translate('km', problems.role!)).toBe(
			'តួនាទីត្រូវតែជាមួយក្នុងចំណោម អ្នកមើល, អ្នកកែសម្រួល, អ្នកវិភាគ, អ្នកគ្រប់គ្រង។'
		);
	});

	it('makes one-time passwords that are long enough and differ', () => {
		const a = oneTimePassword();
		expect(a).toMatch(/^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/);
		expect(passwordProblem(a)).toBeNull();
		expect(oneTimePassword()).not.toBe(a);
	});

	it('stores users with a normalised email and never the password', async () => {
		const user = await createUser(t.db, {
			email: '  Ana@Example.ORG ',
			name: ' Ana ',
			role: 'viewer',
			password: 'correct horse battery'
		});
		expect(user).toMatchObject({ email: 'ana@example.org', name: 'Ana', active: true });
		expect(JSON.stringify(t.db.$client.prepare('SELECT * FROM users').all())).not.toContain(
			'correct horse'
		);
		await expect(addUser('ANA@example.org')).rejects.toThrow(/already a user/);
	});
});

describe('sessions', () => {
	it('opens a session from its token; only the token hash is stored', async () => {
		const user = await addUser();
		const { token, expiresAt } = createSession(t.db, user.id, T0);
		expect(token).toMatch(/^[\w-]{43}$/); // 32 random bytes
		expect(expiresAt.getTime()).toBe(T0.getTime() + SESSION_LIFETIME_MS);
		const rows = t.db.$client.prepare('SELECT token_hash FROM sessions').all();
		expect(rows).toEqual([{ token_hash: tokenHash(token) }]);
		expect(validateSession(t.db, token, later(1000))).toMatchObject({
			user: { id: user.id, email: 'ana@example.org', role: 'editor' },
			mustChangePassword: false,
			renewed: false
		});
		expect(validateSession(t.db, 'forged', T0)).toBeNull();
	});

	it('renews the expiry at most once an hour', async () => {
		const user = await addUser();
		const { token } = createSession(t.db, user.id, T0);
		expect(validateSession(t.db, token, later(59 * 60 * 1000))!.renewed).toBe(false);
		const renewed = validateSession(t.db, token, later(61 * 60 * 1000))!;
		expect(renewed.renewed).toBe(true);
		expect(renewed.expiresAt.getTime()).toBe(later(61 * 60 * 1000).getTime() + SESSION_LIFETIME_MS);
		expect(validateSession(t.db, token, later(62 * 60 * 1000))!.renewed).toBe(false);
	});

	it('stays open while used, expires after 14 idle days', async () => {
		const user = await addUser();
		const { token } = createSession(t.db, user.id, T0);
		// Used every 10 days: alive after 30.
		expect(validateSession(t.db, token, later(10 * DAY))).not.toBeNull();
		expect(validateSession(t.db, token, later(20 * DAY))).not.toBeNull();
		expect(validateSession(t.db, token, later(30 * DAY))).not.toBeNull();
		// Then 14 days without use.
		expect(validateSession(t.db, token, later(44 * DAY + 1000))).toBeNull();
		expect(t.db.$client.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 });
	});

	it('ends on sign-out, and all of a user’s but one on a password change', async () => {
		const user = await addUser();
		const a = createSession(t.db, user.id, T0).token;
		const b = createSession(t.db, user.id, T0).token;
		const c = createSession(t.db, user.id, T0).token;
		endSession(t.db, a);
		expect(validateSession(t.db, a, T0)).toBeNull();
		expect(validateSession(t.db, b, T0)).not.toBeNull();
		endUserSessions(t.db, user.id, c);
		expect(validateSession(t.db, b, T0)).toBeNull();
		expect(validateSession(t.db, c, T0)).not.toBeNull();
	});

	it('reads the role at every request, so a change applies at once', async () => {
		const user = await addUser();
		const { token } = createSession(t.db, user.id, T0);
		setRole(t.db, user.id, 'viewer');
		expect(validateSession(t.db, token, T0)!.user.role).toBe('viewer');
	});
});

describe('API tokens', () => {
	it('opens the API for the token’s user, stores only its hash and when it was used', async () => {
		const user = await addUser();
		const token = createApiToken(t.db, user.id, 'ci', T0);
		expect(token).toMatch(/^dgm_[\w-]{43}$/);
		const row = t.db.$client.prepare('SELECT * FROM api_tokens').get() as Record<string, unknown>;
		expect(row).toMatchObject({ token_hash: tokenHash(token), label: 'ci', last_used_at: null });
		expect(JSON.stringify(row)).not.toContain(token.slice(4));
		expect(userForApiToken(t.db, token, later(5000))).toEqual({
			id: user.id,
			email: 'ana@example.org',
			name: 'Ana',
			role: 'editor'
		});
		const used = t.db.$client.prepare('SELECT last_used_at FROM api_tokens').get();
		expect(used).toEqual({ last_used_at: later(5000).toISOString() });
		expect(userForApiToken(t.db, `${token}x`, T0)).toBeNull();
		expect(userForApiToken(t.db, 'dgm_nothing', T0)).toBeNull();
	});
});

describe('a deactivated user', () => {
	it('loses their sessions and tokens, and is not let back in until reactivated', async () => {
		const user = await addUser();
		const { token: session } = createSession(t.db, user.id, T0);
		const token = createApiToken(t.db, user.id, '', T0);
		setActive(t.db, user.id, false);
		expect(validateSession(t.db, session, T0)).toBeNull();
		expect(userForApiToken(t.db, token, T0)).toBeNull();
		setActive(t.db, user.id, true);
		expect(userForApiToken(t.db, token, T0)).toBeNull(); // revoked, not suspended
	});

	it('is refused even with a session row left behind', async () => {
		const user = await addUser();
		const { token } = createSession(t.db, user.id, T0);
		t.db.$client.prepare('UPDATE users SET active = 0').run();
		expect(validateSession(t.db, token, T0)).toBeNull();
	});
});

describe('admins', () => {
	it('the last active admin is known, so that they are not demoted or deactivated', async () => {
		const first = await addUser('a@example.org', 'admin');
		expect(isLastAdmin(t.db, first.id)).toBe(true);
		const second = await addUser('b@example.org', 'admin');
		expect(isLastAdmin(t.db, first.id)).toBe(false);
		setActive(t.db, second.id, false);
		expect(isLastAdmin(t.db, first.id)).toBe(true);
	});
});

describe('the audit log', () => {
	it('records entries and pages through them newest first', () => {
		for (let i = 1; i <= 120; i++) audit(t.db, 'cli', 'user.add', `user u${i}@example.org`);
		audit(t.db, 'ana@example.org', 'import.publish', 'import 7', '12 values');
		const first = auditPage(t.db, 1);
		expect(first.total).toBe(121);
		expect(first.pages).toBe(3);
		expect(first.entries).toHaveLength(50);
		expect(first.entries[0]).toMatchObject({
			actor: 'ana@example.org',
			action: 'import.publish',
			subject: 'import 7',
			details: '12 values'
		});
		expect(first.entries[1].subject).toBe('user u120@example.org');
		const last = auditPage(t.db, 3);
		expect(last.entries).toHaveLength(21);
		expect(last.entries.at(-1)!.subject).toBe('user u1@example.org');
	});
});
