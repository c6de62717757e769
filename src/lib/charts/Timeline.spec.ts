import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Timeline from './Timeline.svelte';
import { svgFile } from './__fixtures__/markup';

// Cambodia's policy milestones as a ministry might enter them (titles of the published policies).
const milestones = [
	{ id: 1, date: '2021-05-20', title: 'Digital Economy and Society Policy Framework 2021–2035' },
	{ id: 2, date: '2022-02-01', title: 'Digital Government Policy 2022–2035' },
	{
		id: 3,
		date: '2023-06-30',
		title: 'Government data exchange platform (CamDX) in every ministry'
	},
	{ id: 4, date: '2025-12-31', title: 'Unified digital ID for public services' }
].map((m, i) => ({
	...m,
	status: ['done', 'done', 'in_progress', 'planned'][i],
	label: `${m.date}: ${m.title}`
}));
const props = { milestones, start: 2021, end: 2035, today: '2024-07-01', title: 'Timeline' };

/** The labels as drawn: each label's lines joined. */
function labels(markup: string): string[] {
	return [...markup.matchAll(/<text class="label[^"]*"[^>]*>(.*?)<\/text>/g)].map((m) =>
		[...m[1].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]).join(' ')
	);
}

describe('Timeline', () => {
	it('matches the committed rendering', async () => {
		const body = render(Timeline, { props: { ...props, width: 1000 } }).body;
		await expect(svgFile(body)).toMatchFileSnapshot('./__snapshots__/Timeline.svg');
	});

	it('never cuts a label: long titles wrap onto lines, at every width', () => {
		for (const width of [320, 560, 1000]) {
			const body = render(Timeline, { props: { ...props, width } }).body;
			expect(labels(body).join(), `width ${width}`).not.toContain('…');
			expect(labels(body), `width ${width}`).toEqual(milestones.map((m) => m.title));
		}
		const phone = render(Timeline, { props: { ...props, width: 320 } }).body;
		expect(phone.match(/<tspan/g)?.length).toBeGreaterThan(milestones.length);
	});
});
