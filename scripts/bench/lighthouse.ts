/**
 * Lighthouse (its default, mobile profile: a mid-range phone on a slow 4G line, simulated) on the
 * main pages, as readers feel them: performance, accessibility and best practices, 0-100.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { base, CHROMIUM, progress } from './settings';

export const LIGHTHOUSE_PAGES = [
	'/',
	'/countries/KHM',
	'/indicators/EGDI',
	'/targets',
	'/brief?country=KHM'
];
export const LIGHTHOUSE_GOALS = { performance: 95, accessibility: 100, bestPractices: 95 };

export interface LighthouseScores {
	path: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	/** The audits that cost points outside performance (an accessibility rule, a console error). */
	failing: string[];
	/** What performance is made of, in ms (CLS unitless): where the points went. */
	metrics: Record<'fcp' | 'lcp' | 'tbt' | 'si' | 'cls', number>;
	/**
	 * Lighthouse's measure of this machine's speed at the time (a typical desktop scores 1,000
	 * to 2,000). Blocking time is what the page's scripts took here, times four: on a shared,
	 * busy machine it says more of the neighbours than of the page.
	 */
	benchmarkIndex: number;
}

const METRICS = {
	fcp: 'first-contentful-paint',
	lcp: 'largest-contentful-paint',
	tbt: 'total-blocking-time',
	si: 'speed-index',
	cls: 'cumulative-layout-shift'
} as const;

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

/** Runs Lighthouse on each page in turn, in one Chromium. */
export async function lighthouseScores(paths = LIGHTHOUSE_PAGES): Promise<LighthouseScores[]> {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM.path,
		chromeFlags: CHROMIUM.args
	});
	const scores: LighthouseScores[] = [];
	try {
		for (const path of paths) {
			const result = await lighthouse(base + path, {
				port: chrome.port,
				logLevel: 'error',
				output: 'json',
				onlyCategories: ['performance', 'accessibility', 'best-practices']
			});
			if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
			const { categories, audits } = result.lhr;
			const failing = ['accessibility', 'best-practices'].flatMap((id) =>
				categories[id].auditRefs
					.filter((ref) => ref.weight > 0 && (audits[ref.id].score ?? 1) < 1)
					.map((ref) => `${id}: ${ref.id}`)
			);
			scores.push({
				path,
				performance: score(categories.performance.score),
				accessibility: score(categories.accessibility.score),
				bestPractices: score(categories['best-practices'].score),
				failing,
				benchmarkIndex: Math.round(result.lhr.environment.benchmarkIndex),
				metrics: Object.fromEntries(
					Object.entries(METRICS).map(([key, id]) => [
						key,
						Math.round((audits[id].numericValue ?? NaN) * (key === 'cls' ? 1000 : 1)) /
							(key === 'cls' ? 1000 : 1)
					])
				) as LighthouseScores['metrics']
			});
			progress(`Lighthouse ${path}: ${JSON.stringify(scores.at(-1))}`);
		}
	} finally {
		chrome.kill();
	}
	return scores;
}

/** The goals each page misses, as lines for the report. */
export function lighthouseMisses(scores: LighthouseScores[]): string[] {
	return scores.flatMap((s) => [
		...(s.performance < LIGHTHOUSE_GOALS.performance
			? [`${s.path}: Lighthouse performance ${s.performance}`]
			: []),
		...(s.accessibility < LIGHTHOUSE_GOALS.accessibility
			? [`${s.path}: Lighthouse accessibility ${s.accessibility} (${s.failing.join(', ')})`]
			: []),
		...(s.bestPractices < LIGHTHOUSE_GOALS.bestPractices
			? [`${s.path}: Lighthouse best practices ${s.bestPractices} (${s.failing.join(', ')})`]
			: [])
	]);
}
