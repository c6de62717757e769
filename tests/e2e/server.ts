import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export interface Account {
	email: string;
	name: string;
	role: 'viewer' | 'editor' | 'analyst' | 'admin';
	password: string;
}

/** Runs `npm run user -- …` on a database, as an operator would. */
export function userCli(database: string, args: string[], input = '') {
	const result = spawnSync(
		process.execPath,
		['node_modules/tsx/dist/cli.mjs', 'scripts/user.ts', ...args],
		{ env: { ...process.env, DATABASE_URL: database }, encoding: 'utf8', input }
	);
	if (result.status !== 0) throw new Error(`user ${args[0]} failed: ${result.stderr}`);
	return result.stdout.trim();
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
	const server = spawn(process.execPath, [process.env.BUILD_DIR ?? 'build'], {
		env: {
			...process.env,
			PORT: String(options.port),
			HOST: '127.0.0.1',
			DATABASE_URL: database,
			...options.env
		},
		stdio: 'ignore'
	});
	const stop = () => {
		server.kill();
		rmSync(dir, { recursive: true, force: true });
	};
	// Not left behind when the run ends early (a timeout before `stop` is known).
	process.once('exit', () => server.kill());
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(`${base}/login`)).ok) return { base, database, stop };
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	stop();
	throw new Error(`the server on port ${options.port} did not start`);
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
