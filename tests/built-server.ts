/**
 * The built application run as in production, for the end-to-end tests, the benchmark and the
 * load test: `node build` (or BUILD_DIR) on a port and a database of its own.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

/** Runs `npm run user -- …` on a database, as an operator would. */
export function userCli(database: string, args: string[], input = '') {
	const result = spawnSync(process.execPath, ['scripts/cli.js', 'user', ...args], {
		env: { ...process.env, DATABASE_URL: database },
		encoding: 'utf8',
		input
	});
	if (result.status !== 0) throw new Error(`user ${args[0]} failed: ${result.stderr}`);
	return result.stdout.trim();
}

/**
 * Starts the build and resolves once `readyPath` answers 200 (it throws if that takes more than
 * `tries` tenths of a second). `stop()` ends it and removes `removeOnStop`, the scratch folder
 * of its database; the server is also ended if the calling process exits first.
 */
export async function startBuiltServer(options: {
	port: number;
	database: string;
	env?: Record<string, string>;
	/** Node's own options, before the build's path. */
	nodeArgs?: string[];
	readyPath?: string;
	/** The server's standard error: shown, or (the default) not. */
	stderr?: 'inherit' | 'ignore';
	removeOnStop?: string;
	tries?: number;
}): Promise<{ server: ChildProcess; stop(): void }> {
	const base = `http://127.0.0.1:${options.port}`;
	const server = spawn(
		process.execPath,
		[...(options.nodeArgs ?? []), process.env.BUILD_DIR ?? 'build'],
		{
			env: {
				...process.env,
				PORT: String(options.port),
				HOST: '127.0.0.1',
				DATABASE_URL: options.database,
				...options.env
			},
			stdio: ['ignore', 'ignore', options.stderr ?? 'ignore']
		}
	);
	const stop = () => {
		server.kill();
		if (options.removeOnStop) rmSync(options.removeOnStop, { recursive: true, force: true });
	};
	// Not left behind when the run ends early (a timeout before `stop` is known).
	process.once('exit', () => server.kill());
	for (let i = 0; i < (options.tries ?? 300); i++) {
		try {
			if ((await fetch(base + (options.readyPath ?? '/'))).ok) return { server, stop };
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	stop();
	throw new Error(`the server did not start on ${base} (is there a build? npm run build)`);
}
