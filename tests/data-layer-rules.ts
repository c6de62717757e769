/**
 * The rules of the data layer as functions over source text, so that tests/unit/data-layer.spec.ts
 * can check both the project's files and planted violations. See src/lib/server/db/index.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
const DB = join(SRC, 'lib/server/db');

/** Every source file under src/ (TypeScript, JavaScript, Svelte), as paths relative to the root. */
export function sourceFiles(dir = SRC): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|js|svelte)$/.test(entry.name) ? [relative(ROOT, path)] : [];
	});
}

export const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/**
 * The text without comments (a comment may name SQL to explain it). Line comments are those
 * not preceded by a colon or a quote, so that `http://` in a string stays.
 */
export function withoutComments(text: string): string {
	return text
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Each import of the text: its specifier and whether it imports types only. */
export function importsOf(text: string): { specifier: string; typeOnly: boolean }[] {
	const found: { specifier: string; typeOnly: boolean }[] = [];
	const statement = /\b(import|export)\s+(type\s+)?([^'"`;]*?\bfrom\s+)?['"]([^'"]+)['"]/g;
	for (const m of withoutComments(text).matchAll(statement)) {
		if (m[1] === 'export' && !m[3]) continue;
		found.push({ specifier: m[4], typeOnly: !!m[2] });
	}
	for (const m of withoutComments(text).matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
		found.push({ specifier: m[1], typeOnly: false });
	}
	return found;
}

/** Where an import leads: an absolute path for `$lib/…` and relative specifiers, else the package. */
export function target(file: string, specifier: string): string {
	if (specifier.startsWith('$lib/')) return join(SRC, 'lib', specifier.slice(5));
	if (specifier === '$lib') return join(SRC, 'lib');
	if (specifier.startsWith('.')) return resolve(dirname(join(ROOT, file)), specifier);
	return specifier;
}

export const inside = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`);
const PACKAGES_OF_DB = /^(drizzle-orm(\/.*)?|better-sqlite3|node:.+)$/;

/**
 * Why a file of src/lib/server/db imports what it may not, if it does: only other files of
 * db/ (never its index.ts, the app's own connection), drizzle, better-sqlite3, node's modules,
 * types of src/lib/domain, and `$app/environment` for index.ts alone.
 */
export function dbImportProblems(file: string, text: string): string[] {
	return importsOf(text).flatMap(({ specifier, typeOnly }) => {
		const to = target(file, specifier);
		if (PACKAGES_OF_DB.test(to)) return [];
		if (to === '$app/environment' && file.endsWith('db/index.ts')) return [];
		if (inside(to, join(SRC, 'lib/domain')) && typeOnly) return [];
		if (inside(to, DB) && !/\/db(\/index(\.ts)?)?$/.test(to)) return [];
		return [`${file} imports ${specifier}`];
	});
}

/** Why a file outside db/ imports the application's connection, if it does (routes and hooks may). */
export function appConnectionProblems(file: string, text: string): string[] {
	if (
		file.startsWith('src/routes/') ||
		/^src\/(hooks(\.server)?\.ts|lib\/server\/hooks\/)/.test(file)
	)
		return [];
	return importsOf(text)
		.filter(
			({ specifier, typeOnly }) =>
				!typeOnly && /\/db(\/index(\.ts)?)?$/.test(target(file, specifier))
		)
		.filter(({ specifier }) => inside(target(file, specifier), DB))
		.map(({ specifier }) => `${file} imports the app's connection (${specifier})`);
}

/** Why a file of src/lib/domain imports server code, if it does. */
export function domainImportProblems(file: string, text: string): string[] {
	return importsOf(text)
		.filter(({ specifier }) => inside(target(file, specifier), join(SRC, 'lib/server')))
		.map(({ specifier }) => `${file} imports ${specifier}`);
}

/** Signs of SQL or of a connection used directly: each is database code, which belongs in db/. */
const SQL_SIGNS: [string, RegExp][] = [
	['a statement prepared, executed or a pragma', /\.(prepare|exec|pragma)\(\s*['"`]/],
	['the raw connection', /\$client\b/],
	[
		'a query built on a connection',
		/\bdb\s*\.\s*(select\w*|insert|update|delete|run|all|get|values|transaction|query)\s*\(/
	],
	[
		'an SQL statement',
		/\b(SELECT\s+(DISTINCT\s+)?[\w*(`"]|INSERT\s+(OR\s+\w+\s+)?INTO\s|REPLACE\s+INTO\s|UPDATE\s+[\w`"]+\s+SET\s|DELETE\s+FROM\s|(CREATE|DROP)\s+(TABLE|INDEX|TRIGGER|VIEW)\s|ALTER\s+TABLE\s|PRAGMA\s+\w|BEGIN(\s+(IMMEDIATE|EXCLUSIVE|DEFERRED))?(\s+TRANSACTION)?\s*['"`;]|(COMMIT|ROLLBACK)\s*['"`;])/
	]
];

/** Why a file outside db/ holds database code, if it does. */
export function sqlProblems(file: string, text: string): string[] {
	const code = withoutComments(text);
	const problems = SQL_SIGNS.filter(([, sign]) => sign.test(code)).map(
		([what]) => `${file} holds ${what}`
	);
	for (const { specifier } of importsOf(text)) {
		if (/^(drizzle-orm|better-sqlite3)(\/|$)/.test(specifier))
			problems.push(`${file} imports ${specifier}`);
	}
	return problems;
}

/** The one module that may write to `observations`: see observation-writes.ts for why. */
export const OBSERVATION_WRITER = 'src/lib/server/db/observation-writes.ts';

/** Whether the text writes to `observations`, in SQL or through drizzle. */
export function writesObservations(text: string): boolean {
	const code = withoutComments(text);
	return (
		/\b(INSERT\s+(OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE(\s+OR\s+\w+)?|DELETE\s+FROM)\s+[`"]?observations\b/.test(
			code
		) || /\.(insert|update|delete)\(\s*observations\b/.test(code)
	);
}
