import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startBuiltServer, userCli } from '../built-server';

export { userCli };

export interface Account {
	email: string;
	name: string;
	role: 'viewer' | 'editor' | 'analyst' | 'admin';
	password: string;
}

/**
 * A server of the same build on a port and a database of its own, whose accounts are created
 * with the CLI before it starts.
 */
export async function startServer(options: {
	port: number;
	accounts: Account[];
	env?: Record<string, string>;
}) {
	const dir = mkdtempSync(join(tmpdir(), 'egov-accounts-'));
	const database = join(dir, 'e.db');
	for (const a of options.accounts)
		userCli(
			database,
			['add', '--email', a.email, '--name', a.name, '--role', a.role, '--password-stdin'],
			`${a.password}\n`
		);
	const base = `http://127.0.0.1:${options.port}`;
	const { server, stop } = await startBuiltServer({
		port: options.port,
		database,
		env: options.env,
		readyPath: '/login',
		removeOnStop: dir
	});
	return { base, database, stop, process: server };
}

/** Signs in through the form, as a person would. */
export async function signIn(
	page: Page,
	base: string,
	account: Pick<Account, 'email' | 'password'>
) {
	await page.goto(`${base}/login`);
	await page.getByLabel('Email').fill(account.email);
	await page.getByLabel('Password').fill(account.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.waitForURL((url) => url.pathname !== '/login');
}
