import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/i18n';
import LineChart from './LineChart.svelte';
import Legend from './Legend.svelte';
import SlopeChart from './SlopeChart.svelte';
import TargetChart from './TargetChart.svelte';
import Timeline from './Timeline.svelte';
import TrendFrame from './__fixtures__/TrendFrame.svelte';
import { CAMBODIA, CAMBODIA_SERIES, points } from './__fixtures__/egdi';
import { elements, htmlFragmentFile, svgFile } from './__fixtures__/markup';
import { formatIndex } from './format';

/**
 * What SvelteKit gives components while it renders a page (read by `page` of `$app/state`):
 * here only the page data's language, as the root layout's load returns it.
 */
function pageIn(locale: Locale) {
	return new Map([['__request__', { page: { data: { locale } } }]]);
}

const KHMER = /[\u1780-\u17FF]/;

describe('charts in the page language', () => {
	const km = render(TrendFrame, {
		props: {
			words: {
				title: 'សន្ទស្សន៍ EGDI និងសមាសធាតុរបស់វា ឆ្នាំ 2003–2024',
				summary: 'EGDI របស់កម្ពុជាគឺ 0.5754 នៅឆ្នាំ 2024។ EGDI គឺជាមធ្យមភាគនៃសន្ទស្សន៍ OSI, TII និង HCI។',
				chart: 'ក្រាហ្វិកខ្សែនៃ EGDI, OSI, TII និង HCI របស់កម្ពុជា តាមការបោះពុម្ព',
				edition: 'ការបោះពុម្ព'
			}
		},
		context: pageIn('km')
	}).body;

	it('frames a chart in Khmer: the committed rendering', async () => {
		await expect(htmlFragmentFile(km, 680, 460)).toMatchFileSnapshot(
			'./__snapshots__/ChartFrame.km.svg'
		);
	});

	it("writes the frame's own words in the page's language, none left in English", () => {
		expect(km).toContain('<summary class="svelte-1r6mn1e">បង្ហាញតួលេខ</summary>');
		expect(km).toContain('download="KHM-egdi-trend.csv">ទាញយក CSV</a>');
		expect(elements(km, 'ul', { class: 'legend' })[0].attrs['aria-label']).toBe('សញ្ញាសម្គាល់');
		expect(km).not.toMatch(/Show the numbers|Download|aria-label="Legend"/);
	});

	it('draws a line chart in Khmer: the committed rendering', async () => {
		const chart = render(LineChart, {
			props: {
				series: CAMBODIA_SERIES,
				width: 640,
				title: 'ក្រាហ្វិកខ្សែនៃ EGDI, OSI, TII និង HCI របស់កម្ពុជា តាមការបោះពុម្ព',
				yDomain: [0, 1] as [number, number],
				describe: (s, x, y) => `${s.label} ឆ្នាំ ${x}៖ ${formatIndex(y, 'km')}`
			},
			context: pageIn('km')
		}).body;
		await expect(svgFile(chart)).toMatchFileSnapshot('./__snapshots__/LineChart.km.svg');
		expect(chart).toContain('aria-label="EGDI ឆ្នាំ 2024៖ 0.5754"');
	});

	it("writes numbers with the language's decimal sign, from the page or a locale prop", () => {
		const props = {
			series: CAMBODIA_SERIES,
			width: 640,
			title: 'EGDI',
			yDomain: [0, 1] as [number, number]
		};
		const ticks = (markup: string) =>
			elements(markup, 'text', { 'text-anchor': 'end' }).map((t) => t.text);
		const english = render(LineChart, { props }).body;
		const fromPage = render(LineChart, { props, context: pageIn('id') }).body;
		const fromProp = render(LineChart, { props: { ...props, locale: 'id' } }).body;
		expect(ticks(english)).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1']);
		expect(ticks(fromPage)).toEqual(['0', '0,2', '0,4', '0,6', '0,8', '1']);
		expect(ticks(fromProp)).toEqual(ticks(fromPage));
		expect(fromPage).toContain(`aria-label="EGDI, 2024: 0,57536"`);
		expect(formatIndex(CAMBODIA.EGDI[11], 'id')).toBe('0,5754');
	});

	it("translates the marks' fixed words: legend, target, today, slope labels", () => {
		const context = pageIn('km');
		const legend = render(Legend, { props: { items: [] }, context }).body;
		expect(legend).toContain('aria-label="សញ្ញាសម្គាល់"');

		const target = render(TargetChart, {
			props: {
				series: points(CAMBODIA.EGDI),
				required: [],
				projected: [],
				target: { year: 2035, value: 0.75 },
				domain: [0, 1] as [number, number],
				width: 480,
				title: 'EGDI',
				colour: '#0072B2',
				format: (v: number) => formatIndex(v, 'km'),
				label: 'EGDI'
			},
			context
		}).body;
		expect(target).toContain('>គោលដៅ 0.7500</text>');
		expect(target).toContain('<title>គោលដៅ៖ 0.7500 ត្រឹមឆ្នាំ 2035</title>');

		const timeline = render(Timeline, {
			props: {
				milestones: [],
				start: 2022,
				end: 2035,
				today: '2026-06-01',
				width: 640,
				title: 'Timeline'
			},
			context
		}).body;
		expect(timeline).toContain('>ថ្ងៃនេះ</text>');

		const slope = render(SlopeChart, {
			props: {
				lines: [{ key: 'KHM', name: 'កម្ពុជា', from: 0.5056, to: 0.57536 }],
				fromYear: 2022,
				toYear: 2024,
				highlight: ['KHM'],
				width: 640,
				title: 'EGDI',
				format: (v: number) => formatIndex(v, 'km')
			},
			context
		}).body;
		expect(slope).toContain('aria-label="កម្ពុជា៖ 0.5056 នៅឆ្នាំ 2022 និង 0.5754 នៅឆ្នាំ 2024"');
		for (const markup of [legend, target, timeline, slope]) expect(markup).toMatch(KHMER);
	});
});
