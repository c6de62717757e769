import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setActive } from '../../src/lib/server/auth/users';
import { delayAfter } from '../../src/lib/server/auth/rate-limit';
import { localPath, signIn } from '../../src/lib/server/auth/sign-in';
import { createUser } from '../../src/lib/server/auth/users';
import { validateSession } from '../../src/lib/server/auth/sessions';
import { translate } from '../../src/lib/i18n/translate';
import { tempDatabase } from '../helpers';

let t: ReturnType<typeof tempDatabase>;
beforeEach(async () => {
	t = tempDatabase();
	await createUser(t.db, {
		email: 'ana@example.org',
		name: 'Ana',
		role: 'editor',
		password: 'correct horse battery'
	});
});
afterEach(() => t.close());

const T0 = new Date('2026-03-01T09:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const attempt = (email: string, password: string, address = '10.0.0.1', now = T0) =>
	signIn(t.db, { email, password, address }, now);
/** A refusal as the sign-in page writes it. */
const said = (result: Awaited<ReturnType<typeof attempt>>, locale: 'en' | 'km' = 'en') =>
	result.ok ? null : translate(locale, result.message);
const attempts = () =>
	(t.db.$client.prepare('SELECT count(*) AS n FROM login_attempts').get() as { n: number }).n;

describe('signing in', () => {
	it('opens a session with the right password, whatever the email’s case', async () => {
		const result = await attempt(' ANA@example.org', 'correct horse battery');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.user).toEqual({ id: 1, email: 'ana@example.org', name: 'Ana', role: 'editor' });
		expect(validateSession(t.db, result.token, T0)!.user.email).toBe('ana@example.org');
	});

	it('gives the same answer for a wrong password and an unknown email', async () => {
		const wrong = await attempt('ana@example.org', 'wrong password');
		expect(wrong).toEqual({ ok: false, status: 400, message: { key: 'accounts.auth.wrong' } });
		expect(await attempt('nobody@example.org', 'correct horse battery')).toEqual(wrong);
		expect(said(wrong)).toBe('Wrong email or password.');
		expect(said(wrong, 'km')).toBe('អ៊ីមែល ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវ។');
		expect(attempts()).toBe(2);
		const empty = await attempt('', '');
		expect(empty).toMatchObject({ status: 400 });
		expect(said(empty)).toBe('Enter your email and your password.');
	});

	it('answers a deactivated account exactly as a wrong password, even with its password', async () => {
		const wrong = await attempt('ana@example.org', 'wrong password');
		setActive(t.db, 1, false);
		expect(await attempt('ana@example.org', 'correct horse battery')).toEqual(wrong);
		expect(await attempt('ana@example.org', 'another wrong one')).toEqual(wrong);
	});
});

describe('rate limiting', () => {
	it('slows down one address guessing one account, with growing waits, and says when to retry', async () => {
		for (let i = 0; i < 3; i++) await attempt('ana@example.org', 'wrong password', '10.0.0.1', T0);
		// The third failure asks for 5 seconds: even the right password waits.
		const refused = await attempt('ana@example.org', 'correct horse battery', '10.0.0.1', T0);
		expect(refused).toEqual({
			ok: false,
			status: 429,
			message: { key: 'accounts.auth.blockedAccount_one', params: { minutes: 1 } }
		});
		expect(said(refused)).toBe('Too many failed sign-ins for this account. Try again in 1 minute.');
		// Refusals are not counted; each failure after the wait doubles the next wait.
		let now = T0.getTime();
		const waits: number[] = [];
		for (let n = 3; n < 9; n++) {
			const wait = delayAfter(n);
			waits.push(wait / 1000);
			expect(
				(await attempt('ana@example.org', 'x', '10.0.0.1', new Date(now + wait - 500))).ok
			).toBe(false);
			now += wait;
			await attempt('ana@example.org', 'wrong password', '10.0.0.1', new Date(now));
		}
		expect(waits).toEqual([5, 10, 20, 40, 80, 160]);
		expect(attempts()).toBe(9);
		expect([9, 10, 11, 30].map((n) => delayAfter(n) / 1000)).toEqual([320, 640, 900, 900]);
	});

	it('does not let a stranger lock anyone out: the owner signs in from their own address', async () => {
		for (let i = 0; i < 19; i++)
			await attempt('ana@example.org', 'wrong password', '203.0.113.66', at(i / 2));
		expect((await attempt('ana@example.org', 'x', '203.0.113.66', at(10))).ok).toBe(false);
		const owner = await attempt('ana@example.org', 'correct horse battery', '10.0.0.9', at(10));
		expect(owner.ok).toBe(true);
	});

	it('counts failures per address too: 20 in 15 minutes across accounts', async () => {
		for (let i = 0; i < 20; i++)
			await attempt(`u${i}@example.org`, 'wrong password', '192.0.2.7', at(i / 2));
		const refused = await attempt('ana@example.org', 'correct horse battery', '192.0.2.7', at(10));
		expect(refused).toMatchObject({ ok: false, status: 429 });
		expect(said(refused)).toBe(
			'Too many failed sign-ins from your network address. Try again in 5 minutes.'
		);
		// Another address is not affected.
		expect(
			(await attempt('ana@example.org', 'correct horse battery', '192.0.2.8', at(10))).ok
		).toBe(true);
	});

	it('clears an account’s failures after a successful sign-in and prunes old ones', async () => {
		for (let i = 0; i < 2; i++) await attempt('ana@example.org', 'wrong password');
		expect((await attempt('ana@example.org', 'correct horse battery')).ok).toBe(true);
		expect(attempts()).toBe(0);
		await attempt('x@example.org', 'wrong password', '10.0.0.1', T0);
		await attempt('y@example.org', 'wrong password', '10.0.0.1', at(20));
		expect(attempts()).toBe(1);
	});
});

describe('where to go after signing in', () => {
	it('follows a local path only', () => {
		expect(localPath('/targets?country=KHM')).toBe('/targets?country=KHM');
		expect(localPath('https://evil.example/')).toBe('/');
		expect(localPath('//evil.example/x')).toBe('/');
		expect(localPath('/\\evil.example')).toBe('/');
		expect(localPath('/\t/evil.example')).toBe('/');
		expect(localPath('javascript:alert(1)')).toBe('/');
		expect(localPath(null)).toBe('/');
	});
});
