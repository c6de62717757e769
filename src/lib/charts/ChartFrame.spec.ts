import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ChartFrame from './ChartFrame.svelte';
import TrendFrame from './__fixtures__/TrendFrame.svelte';
import { elements, htmlFragmentFile } from './__fixtures__/markup';

// Guinea's EGDI around the 2012 edition, in which it was not assessed.
const columns = [
	{ key: 'year', label: 'Edition' },
	{ key: 'egdi', label: 'EGDI', numeric: true },
	{ key: 'note', label: 'Note' }
];
const rows = [
	{ year: 2010, egdi: '0.1426', note: 'Guinea' },
	{ year: 2012, egdi: null, note: 'Not assessed, "no data"' },
	// A note as someone might type it into an upload; a spreadsheet would run it as a formula.
	{ year: 2014, egdi: '0.0954', note: '=HYPERLINK("http://example.com","x")' }
];
/** The plot: an empty SVG as wide as the frame asks. */
const children = createRawSnippet<[number]>((width) => ({
	render: () => `<svg class="plot-stub" width="${width()}" height="100"></svg>`
}));
const props = {
	title: 'EGDI of Guinea, 2010–2014',
	summary: 'Guinea was not assessed in 2012.',
	columns,
	rows,
	fileName: 'GIN-egdi',
	children
};
const body = render(ChartFrame, { props }).body;

/** The CSV behind the download link, decoded. */
function csv(markup: string): string {
	const [link] = elements(markup, 'a').filter((a) => a.attrs.class?.startsWith('download'));
	const prefix = 'data:text/csv;charset=utf-8,';
	expect(link.attrs.href.startsWith(prefix)).toBe(true);
	return decodeURIComponent(link.attrs.href.slice(prefix.length));
}

describe('ChartFrame', () => {
	it('matches the committed rendering', async () => {
		const trend = render(TrendFrame).body;
		await expect(htmlFragmentFile(trend, 680, 460)).toMatchFileSnapshot(
			'./__snapshots__/ChartFrame.svg'
		);
	});

	it('shows the title and the summary in the caption', () => {
		expect(body).toMatch(
			/<figcaption><h3[^>]*><a class="self[^"]*" href="#chart-GIN-egdi">EGDI of Guinea, 2010–2014<\/a><span class="subject[^"]*"><\/span><\/h3>/
		);
		expect(body).toMatch(/<p class="summary[^"]*">Guinea was not assessed in 2012.<\/p>/);
	});

	it('draws the plot at the default width on the server', () => {
		expect(elements(body, 'svg', { class: 'plot-stub' })[0].attrs.width).toBe('640');
		const narrow = render(ChartFrame, { props: { ...props, defaultWidth: 420 } }).body;
		expect(elements(narrow, 'svg', { class: 'plot-stub' })[0].attrs.width).toBe('420');
	});

	it('lists the numbers in a table, a dash for a missing one', () => {
		expect(elements(body, 'th').map((th) => th.text)).toEqual(['Edition', 'EGDI', 'Note']);
		expect(elements(body, 'th').map((th) => /\bnum\b/.test(th.attrs.class ?? ''))).toEqual([
			false,
			true,
			false
		]);
		expect(elements(body, 'tr')).toHaveLength(4);
		expect(elements(body, 'td').map((td) => td.text)).toEqual([
			'2010',
			'0.1426',
			'Guinea',
			'2012',
			'—',
			'Not assessed, "no data"',
			'2014',
			'0.0954',
			'=HYPERLINK("http://example.com","x")'
		]);
	});

	it('says what a chart alone shows: its subject after the title, its editions in the source', () => {
		const alone = render(ChartFrame, {
			props: { ...props, title: 'EGDI', subject: 'Guinea', edition: '2010–2014' }
		}).body;
		// Shown when embedded (CSS), and in the downloads.
		expect(alone).toMatch(/<h3[^>]*><a[^>]*>EGDI<\/a><span class="subject[^"]*"> — Guinea<\/span>/);
		expect(alone).toMatch(
			/<p class="credit[^"]*">Source: UN DESA E-Government Survey \(2010–2014\) · Digital Government Maturity Dashboard<\/p>/
		);
		expect(csv(alone).trimEnd().split('\n').at(-1)).toBe(
			'Source: UN DESA E-Government Survey (2010–2014) · Digital Government Maturity Dashboard'
		);
		// Without a subject, nothing is added.
		expect(body).toMatch(/<span class="subject[^"]*"><\/span>/);
	});

	it('offers exactly those rows as CSV, headed as on screen, with formulas neutralised and the source line', () => {
		expect(csv(body)).toBe(
			[
				'Edition,EGDI,Note',
				'2010,0.1426,Guinea',
				'2012,,"Not assessed, ""no data"""',
				`2014,0.0954,"'=HYPERLINK(""http://example.com"",""x"")"`,
				'Source: UN DESA E-Government Survey · Digital Government Maturity Dashboard',
				''
			].join('\n')
		);
		expect(body).toContain('download="GIN-egdi.csv">Download CSV</a>');
	});

	it('leaves a large table out of the page: its CSV is made on click once the page runs', () => {
		const many = Array.from({ length: 61 }, (_, i) => ({ year: 1990 + i, egdi: '0.5', note: '' }));
		const html = render(ChartFrame, { props: { ...props, rows: many } }).body;
		expect(html).not.toContain('data:text/csv');
		expect(html).not.toContain('Download CSV');
	});

	it('links to a table elsewhere on the page instead of repeating it', () => {
		const html = render(ChartFrame, {
			props: { ...props, tableLink: { href: '#ranking', label: 'Numbers in the ranking' } }
		}).body;
		expect(html).toContain('href="#ranking"');
		expect(html).not.toContain('Show the numbers');
	});

	it('offers the SVG download only once the page runs', () => {
		expect(body).not.toContain('Download SVG');
		expect(body).not.toContain('<button');
	});

	it('shows the legend only when given one', () => {
		expect(body).not.toContain('class="legend"');
		const legend = createRawSnippet(() => ({
			render: () => '<ul class="legend"><li>EGDI</li></ul>'
		}));
		const html = render(ChartFrame, { props: { ...props, legend } }).body;
		expect(html).toContain('<ul class="legend"><li>EGDI</li></ul>');
		expect(html.indexOf('class="legend"')).toBeGreaterThan(html.indexOf('plot-stub'));
	});

	it('frames a real chart: the line chart, its legend and the twelve editions', () => {
		const trend = render(TrendFrame).body;
		expect(trend).toContain(
			'aria-label="Line chart of Cambodia\'s EGDI, OSI, TII and HCI by edition"'
		);
		expect(elements(trend, 'svg', { class: 'chart-svg' })[0].attrs.width).toBe('640');
		expect(elements(trend, 'ul', { class: 'legend' })).toHaveLength(1);
		expect(elements(trend, 'tr')).toHaveLength(13);
		expect(csv(trend).split('\n')[12]).toBe('2024,0.5754,0.4503,0.7609,0.5149');
	});
});
