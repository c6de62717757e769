import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setActive } from '../../src/lib/server/auth/users';
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

	it('refuses a deactivated account, even with its password', async () => {
		setActive(t.db, 1, false);
		const refused = await attempt('ana@example.org', 'correct horse battery');
		expect(refused).toMatchObject({ ok: false, status: 403 });
		expect(said(refused)).toBe(
			'This account has been deactivated. Ask an administrator to reactivate it.'
		);
	});
});

describe('rate limiting', () => {
	it('refuses an account after 5 failures in 15 minutes, even the right password, and says when to retry', async () => {
		for (let i = 0; i < 5; i++)
			await attempt('ana@example.org', 'wrong password', '10.0.0.1', at(i));
		const refused = await attempt('ana@example.org', 'correct horse battery', '10.0.0.9', at(5));
		expect(refused).toEqual({
			ok: false,
			status: 429,
			message: { key: 'accounts.auth.blockedAccount_other', params: { minutes: 10 } }
		});
		expect(said(refused)).toBe(
			'Too many failed sign-ins for this account. Try again in 10 minutes.'
		);
		expect(said(await attempt('ana@example.org', 'x', '10.0.0.9', at(14.5)))).toBe(
			'Too many failed sign-ins for this account. Try again in 1 minute.'
		);
		// Refusals are not counted, so the wait does not grow; the oldest failure leaving the
		// window opens the door again (at 15 minutes past the 5th most recent failure).
		expect(attempts()).toBe(5);
		expect(
			(await attempt('ana@example.org', 'correct horse battery', '10.0.0.9', at(14.9))).ok
		).toBe(false);
		expect(
			(await attempt('ana@example.org', 'correct horse battery', '10.0.0.9', at(15.1))).ok
		).toBe(true);
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
		for (let i = 0; i < 4; i++) await attempt('ana@example.org', 'wrong password');
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
