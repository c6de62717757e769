/**
 * The rule of route folders as a function over source text, so that tests/unit/route-imports.spec.ts
 * can check both the project's files and planted violations: a route keeps its helpers beside it
 * and imports only from its own folder (and below), or from the folder of the section it belongs
 * to (`targets/new` may use `targets/TargetForm.svelte`); what a second route needs lives in
 * `$lib`, and `$lib` never imports from a route.
 */
import { dirname, join } from 'node:path';
import { importsOf, inside, ROOT, target } from './data-layer-rules';

const ROUTES = join(ROOT, 'src/routes');
const LIB = join(ROOT, 'src/lib');

/** Why a file imports from a route folder that is not its own, if it does. */
export function routeImportProblems(file: string, text: string): string[] {
	const from = dirname(join(ROOT, file));
	const inRoutes = inside(from, ROUTES);
	if (!inRoutes && !inside(from, LIB)) return [];
	return importsOf(text).flatMap(({ specifier }) => {
		const to = target(file, specifier);
		if (!inside(to, ROUTES)) return [];
		if (!inRoutes) return [`${file} imports a route's ${specifier}`];
		if (inside(to, from)) return [];
		// The folder of the section the route belongs to: an ancestor, but never src/routes itself,
		// whose files belong to the summary page.
		const section = dirname(to);
		if (section !== ROUTES && inside(from, section)) return [];
		return [`${file} imports another route's ${specifier}`];
	});
}
