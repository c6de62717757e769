import { describe, expect, it } from 'vitest';
import { declaredGroups, groupsOf, messageKeys, pages, routeFile } from './page-groups';

// A page's JavaScript carries the catalogues its `+page.ts` names (and the root layout's), in
// its language only. Too few, and its text turns into keys once the page hydrates; too many,
// and every visitor downloads messages the page never shows.
const keys = messageKeys();
const frame = new Set([
	...groupsOf(routeFile('', '+layout.svelte'), keys),
	...groupsOf(routeFile('', '+error.svelte'), keys)
]);

describe('message groups loaded by each page', () => {
	it('the root layout loads the groups of the frame and the error page', () => {
		expect(new Set(declaredGroups(routeFile('', '+layout.ts')))).toEqual(frame);
	});

	it.each(pages().map((p) => [p || '/', p]))('%s loads the groups its components use', (_, p) => {
		const used = [...groupsOf(routeFile(p, '+page.svelte'), keys)].filter((g) => !frame.has(g));
		const declared = declaredGroups(routeFile(p, '+page.ts')) ?? [];
		expect(declared.sort()).toEqual(used.sort());
	});

	it('sees the groups of a component and of what it imports', () => {
		// The summary's own words, a country picker's (a shared component) and its charts' ($lib).
		const summary = groupsOf(routeFile('', '+page.svelte'), keys);
		expect([...summary]).toEqual(expect.arrayContaining(['summary', 'common', 'charts']));
	});
});
