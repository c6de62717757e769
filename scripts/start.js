/**
 * `npm start`: builds the app when the build is missing or older than the sources, then runs
 * the production server (which migrates the database and loads data/ on first start).
 * Settings: PORT (3000), HOST, DATABASE_URL (dashboard.db), DATA_DIR (data), FOCUS_COUNTRY (KHM).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { isStale } from './stale.js';

const BUILD_MARK = 'build/index.js';
const SOURCES = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'];

const stale = isStale(BUILD_MARK, SOURCES);
if (stale) {
	console.log('Building the application (first start or changed sources)…');
	const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		stdio: 'inherit'
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}
// Uploads of up to 20 MB (the data workspace's limit) must get through the server's own limit.
process.env.BODY_SIZE_LIMIT ??= '21M';
await import(join(process.cwd(), BUILD_MARK));
