import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Which message groups each page's components use, read from the source: the string literals
 * of its module graph that are message keys (or, in a template literal, a key's prefix). For
 * the test that checks each page loads exactly those groups (see `page-groups.spec.ts`).
 */

const SRC = resolve('src');

function walk(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) walk(path, out);
		else out.push(path);
	}
	return out;
}

/** Every key of the English catalogues, by group. */
export function messageKeys(): Map<string, string> {
	const keys = new Map<string, string>();
	const dir = join(SRC, 'lib/i18n/messages/en');
	for (const file of readdirSync(dir)) {
		const group = file.replace(/\.ts$/, '');
		for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/^\t'([^']+)':/gm))
			keys.set(m[1], group);
	}
	return keys;
}

function resolveImport(from: string, spec: string): string | null {
	let base: string;
	if (spec.startsWith('$lib/')) base = join(SRC, 'lib', spec.slice(5));
	else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
	else return null;
	if (spec.includes('$types') || base.endsWith('.server') || base.includes('/server/')) return null;
	for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

/** Imports and re-exports that bring code along (not `import type`). */
const IMPORT =
	/^\s*(?:import|export)(?!\s+type\b)[^'"]*?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
const LITERAL = /(['"`])([a-z]+\.[A-Za-z0-9_.]*)(\$\{|\1)/g;

/** The groups whose keys a file's string literals name. */
function groupsIn(text: string, keys: Map<string, string>): Set<string> {
	const groups = new Set<string>();
	for (const [, , literal, end] of text.matchAll(LITERAL)) {
		const exact = keys.get(literal);
		if (exact && end !== '${') groups.add(exact);
		else if (end === '${') {
			for (const [key, group] of keys) if (key.startsWith(literal)) groups.add(group);
		}
	}
	return groups;
}

/** The groups used by a component and everything it imports (not server modules). */
export function groupsOf(entry: string, keys = messageKeys()): Set<string> {
	const seen = new Set<string>();
	const groups = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		const text = readFileSync(file, 'utf8');
		for (const g of groupsIn(text, keys)) groups.add(g);
		for (const [, spec, dynamic] of text.matchAll(IMPORT)) {
			const target = resolveImport(file, spec ?? dynamic);
			if (target && /\.(ts|svelte|js)$/.test(target)) visit(target);
		}
	};
	visit(entry);
	return groups;
}

/** Every page (`+page.svelte`) by its route folder relative to src/routes ('' for the root). */
export function pages(): string[] {
	return walk(join(SRC, 'routes'))
		.filter((f) => f.endsWith('+page.svelte'))
		.map((f) => relative(join(SRC, 'routes'), dirname(f)))
		.sort();
}

/** The groups a route's `+page.ts` or `+layout.ts` passes to `withMessages`, in the source. */
export function declaredGroups(file: string): string[] | null {
	if (!existsSync(file)) return null;
	const match = /withMessages\(event,([^)]*)\)/.exec(readFileSync(file, 'utf8'));
	return match ? [...match[1].matchAll(/'([a-z]+)'/g)].map((m) => m[1]) : [];
}

export const routeFile = (route: string, name: string) => join(SRC, 'routes', route, name);
