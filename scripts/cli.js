/**
 * Runs one of the command-line scripts (scripts/<name>.ts) compiled by esbuild into a single
 * JavaScript file, compiled again only when a source is newer than it: a command then starts
 * in about a quarter of a second, where loading the TypeScript through tsx took about 0.7 s.
 *   node scripts/cli.js <name> [arguments…]      (what `npm run import -- …` and the like call)
 * The compiled files live in node_modules/.cache/egov-cli/ (packages stay in node_modules).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isStale } from './stale.js';

const COMMANDS = ['import', 'user', 'migrate', 'db-backup', 'db-restore'];
const SOURCES = ['src/lib', 'scripts', 'package.json', 'tsconfig.json'];
const OUT = 'node_modules/.cache/egov-cli';

const name = process.argv[2];
if (!COMMANDS.includes(name)) {
	console.error(`usage: node scripts/cli.js <${COMMANDS.join('|')}> [arguments…]`);
	process.exit(2);
}

const compiled = resolve(OUT, `${name}.mjs`);
const source = `scripts/${name}.ts`;

/** Compiles the script when a source is newer than the compiled file; false if it cannot. */
async function compile() {
	if (!isStale(compiled, SOURCES)) return true;
	try {
		// Loaded only when there is something to compile.
		const { build } = await import('esbuild');
		const result = await build({
			entryPoints: [source],
			bundle: true,
			platform: 'node',
			format: 'esm',
			target: 'node20',
			packages: 'external',
			alias: { $lib: './src/lib' },
			write: false,
			logLevel: 'error'
		});
		mkdirSync(OUT, { recursive: true });
		// Written under another name first: a command started at the same moment never runs half
		// a file.
		const partial = `${compiled}.${process.pid}`;
		writeFileSync(partial, result.outputFiles[0].contents);
		renameSync(partial, compiled);
		return true;
	} catch (error) {
		console.error(`(running ${source} through tsx: ${error.message.split('\n')[0]})`);
		return false;
	}
}

// The script reads its own arguments from process.argv, as if it had been started directly.
process.argv.splice(2, 1);
if (await compile()) {
	await import(pathToFileURL(compiled).href);
} else {
	// node_modules read-only, say: the TypeScript itself, as before (slower to start).
	const { register } = await import('tsx/esm/api');
	register();
	await import(pathToFileURL(resolve(source)).href);
}
