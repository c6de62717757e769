import { describe, expect, it } from 'vitest';
import { read, sourceFiles } from '../data-layer-rules';
import { routeImportProblems } from '../route-import-rules';

const files = sourceFiles();

describe('route folders', () => {
	it('finds the routes and $lib', () => {
		expect(files).toContain('src/routes/brief/+page.svelte');
		expect(files).toContain('src/lib/server/summary.ts');
	});

	it("no route imports from another route's folder, and $lib from none", () => {
		expect(files.flatMap((f) => routeImportProblems(f, read(f)))).toEqual([]);
	});
});

describe('the rule catches planted violations', () => {
	it('a route reaching into a sibling, a cousin or the root folder', () => {
		for (const [file, code] of [
			['src/routes/brief/+page.server.ts', `import { executiveSummary } from '../summary.server';`],
			['src/routes/account/+page.svelte', `import { segments } from '../data/segments';`],
			[
				'src/routes/policies/new/+page.server.ts',
				`import { localizeOptions } from '../../targets/localize.server';`
			],
			['src/routes/admin/audit/+page.server.ts', `import { f } from '../../data/date-time';`],
			['src/routes/brief/+page.svelte', `import type { X } from '../HeadlineCards.svelte';`],
			[
				'src/routes/targets/new/+page.svelte',
				`const m = import('../../policies/PolicyForm.svelte');`
			]
		]) {
			expect(routeImportProblems(file, code), code).not.toEqual([]);
		}
	});

	it('$lib importing from a route', () => {
		expect(
			routeImportProblems(
				'src/lib/server/x.ts',
				`import { load } from '../../routes/+page.server';`
			)
		).not.toEqual([]);
	});

	it('and not its own folder, its section, or $lib', () => {
		for (const [file, code] of [
			['src/routes/+page.svelte', `import HeadlineCards from './HeadlineCards.svelte';`],
			['src/routes/indicators/[code]/+page.svelte', `import T from './RankingTable.svelte';`],
			['src/routes/targets/new/+page.svelte', `import TargetForm from '../TargetForm.svelte';`],
			['src/routes/admin/users/+page.server.ts', `import { adminVisitor } from '../admin.server';`],
			[
				'src/routes/brief/+page.server.ts',
				`import { executiveSummary } from '$lib/server/summary';`
			],
			['src/lib/server/summary.ts', `import { shapeSummary } from './summary-shape';`]
		]) {
			expect(routeImportProblems(file, code), code).toEqual([]);
		}
	});
});
