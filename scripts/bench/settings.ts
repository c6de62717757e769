/** What the benchmark measures and against which goals, and how it reports its progress. */

export const quick = process.argv.includes('--quick');
/** Lighthouse alone, its scores written into the bench-results.json already there. */
export const lighthouseOnly = process.argv.includes('--lighthouse-only');
export const seconds = quick ? 1 : 10;
const began = performance.now();
/** A line on stderr for each step, with the seconds since the start. */
export const progress = (step: string) =>
	console.error(`[${((performance.now() - began) / 1000).toFixed(1)} s] ${step}`);
export const port = Number(process.env.BENCH_PORT ?? 4319);
export const base = `http://127.0.0.1:${port}`;
export const PAGES = [
	'/',
	'/countries/KHM',
	'/indicators/EGDI',
	'/compare?countries=KHM,VNM,THA,LAO',
	'/countries',
	'/targets',
	'/methodology'
];
/**
 * Pages weighed in Chromium but not loaded: the others, and every page in Khmer and Indonesian
 * too (a page carries its language's messages only, and Khmer's are the longest). Judged
 * against the weight goal like `PAGES`.
 */
export const WEIGHED_PAGES = [
	...['/brief?country=KHM', '/login', '/targets/new'],
	...['km', 'id'].flatMap((locale) =>
		[...PAGES, '/brief?country=KHM', '/login'].map(
			(path) => `/${locale}${path === '/' ? '' : path}`
		)
	)
];
export const STATIC = '/favicon.svg';
/** What Chromium sends. */
export const ACCEPT_ENCODING = 'gzip, deflate, br, zstd';
export const GOALS = {
	ratioToStatic: 0.1,
	p99Ms: 100,
	jsGzipKb: 70,
	importRatio: 0.5,
	importPeakRssMb: 300
};
export const IMPORT_ROWS = 1_000_000;

/** The Chromium the benchmark drives (Debian's), and the flags it runs with. */
export const CHROMIUM = {
	path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
};
