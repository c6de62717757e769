import { group } from 'd3-array';
import { EGDI_COMPONENTS } from '$lib/domain/indicators';
import {
	compoundPath,
	componentsFor,
	egdiForRank,
	egdiOf,
	headroom,
	paceBetween,
	planYears,
	reaches,
	scenario
} from '$lib/domain/planner';
import { projectTrend, type ProgressStatus } from '$lib/domain/progress';
import type { Db } from './db/connection';
import { getTarget } from './db/policies';
import { findObservations, observationsOfIndicator, type ObservationRow } from './db/observations';
import { targetEvidence } from './target-evidence';
import { assessTargets, type AssessedTarget } from './targets';

export type Component = (typeof EGDI_COMPONENTS)[number];
export type Paces = Record<Component, number>;

/** Editions within this many years before the latest make each other country's trend. */
const PEER_TREND_YEARS = 10;
/** The largest pace a form or the API accepts, in index points a year either way. */
export const MAX_PACE = 0.2;

/** What a target's planner shows, whatever the paces chosen. */
export interface Plan {
	target: Pick<
		AssessedTarget,
		'id' | 'country' | 'countryName' | 'indicator' | 'kind' | 'label' | 'measure' | 'targetYear'
	> & {
		targetNumber: number;
		status: ProgressStatus;
		/** The projection the status is decided on (the target's measure at its observed rate). */
		projection: number | null;
	};
	/** Whether the planner covers the target: the EGDI, its rank, or one of its components. */
	supported: boolean;
	latestYear: number;
	/** The baseline edition: where the observed paces are measured from. */
	baselineYear: number;
	/** Each component's value in the baseline edition and the latest. */
	components: { code: Component; baseline: number | null; latest: number }[];
	/** The coming editions, to the target year. */
	years: number[];
	/** Per edition, the components and EGDI of the path from the latest values to the target. */
	required: { year: number; components: number[]; egdi: number }[];
	/** Per edition, every other country's EGDI projected on its own ten-year trend. */
	peers: number[][];
	/** How many countries the rank is estimated among (the focus country included). */
	countries: number;
	/** Paces (points a year) as observed from the baseline, and as the required path needs. */
	observed: Paces;
	requiredPaces: Paces;
	/** Components by distance to the frontier, largest first. */
	headroom: { code: Component; value: number; headroom: number }[];
}

/** Paces to four decimals, for tidy addresses; rounded up so a required pace still reaches. */
const pacesOf = (f: (code: Component, i: number) => number, round = Math.round) =>
	Object.fromEntries(EGDI_COMPONENTS.map((c, i) => [c, round(f(c, i) * 1e4) / 1e4])) as Paces;

/**
 * The planner of target `id`, or undefined when there is none. Reads the target's assessment,
 * its country's component values and every country's EGDI; the rest is arithmetic.
 */
export function planOf(db: Db, id: number): Plan | undefined {
	const stored = getTarget(db, id);
	if (!stored) return undefined;
	const [t] = assessTargets([stored], targetEvidence(db, [stored]));
	const own = findObservations(db, { countries: [t.country] });
	return shapePlan(t, own, observationsOfIndicator(db, 'EGDI'));
}

/** The planner from rows: pure, so that it can be tested on fixtures. */
export function shapePlan(
	t: AssessedTarget,
	own: readonly ObservationRow[],
	egdi: readonly ObservationRow[]
): Plan | undefined {
	const latestYear = Math.max(...egdi.map((o) => o.year).filter((y) => Number.isFinite(y)));
	const valueOf = (code: string, year: number) =>
		own.find((o) => o.indicator === code && o.year === year)?.value ?? null;
	const latest = EGDI_COMPONENTS.map((code) => valueOf(code, latestYear));
	if (!Number.isFinite(latestYear) || latest.some((v) => v === null)) return undefined;
	const baselineYear = t.baseline?.year ?? t.baselineYear;
	const components = EGDI_COMPONENTS.map((code, i) => ({
		code,
		baseline: valueOf(code, baselineYear),
		latest: latest[i] as number
	}));
	const now = components.map((c) => c.latest);
	const years = planYears(latestYear, t.targetYear);

	// Other countries assessed in the latest edition, each on its own recent trend.
	const byCountry = group(
		egdi.filter((o) => o.value !== null && o.year >= latestYear - PEER_TREND_YEARS),
		(o) => o.country
	);
	const others = [...byCountry]
		.filter(([iso3, rows]) => iso3 !== t.country && rows.some((o) => o.year === latestYear))
		.map(([, rows]) => rows.map((o) => ({ year: o.year, value: o.value as number })));
	const peers = years.map((year) =>
		others.map((points) => projectTrend(points, year, { min: 0, max: 1 }) ?? points.at(-1)!.value)
	);

	const egdiNow = egdiOf(now) as number;
	const last = years.length - 1;
	const component = EGDI_COMPONENTS.indexOf(t.indicator as Component);
	const supported = t.indicator === 'EGDI' || component >= 0;
	let required: Plan['required'] = [];
	if (supported && years.length) {
		if (component >= 0) {
			const path = compoundPath(now[component], latestYear, t.targetNumber, t.targetYear, years);
			required = years.map((year, i) => {
				const values = now.map((v, j) => (j === component ? Math.max(v, path[i]) : v));
				return { year, components: values, egdi: egdiOf(values) as number };
			});
		} else {
			const goal = t.measure === 'rank' ? egdiForRank(t.targetNumber, peers[last]) : t.targetNumber;
			const path = compoundPath(egdiNow, latestYear, goal, t.targetYear, years);
			required = years.map((year, i) => {
				const e = Math.max(egdiNow, path[i]);
				return { year, components: componentsFor(e, now), egdi: e };
			});
		}
	}
	const span = t.targetYear - latestYear;
	return {
		target: {
			id: t.id,
			country: t.country,
			countryName: t.countryName,
			indicator: t.indicator,
			kind: t.kind,
			label: t.label,
			measure: t.measure,
			targetYear: t.targetYear,
			targetNumber: t.targetNumber,
			status: t.assessment.status,
			projection: t.projection?.value ?? null
		},
		supported,
		latestYear,
		baselineYear,
		components,
		years,
		required,
		peers,
		countries: others.length + 1,
		observed: pacesOf((code, i) =>
			components[i].baseline === null
				? 0
				: paceBetween(
						{ year: baselineYear, value: components[i].baseline as number },
						{ year: latestYear, value: components[i].latest }
					)
		),
		requiredPaces: pacesOf(
			(_, i) => (required.length && span > 0 ? (required[last].components[i] - now[i]) / span : 0),
			Math.ceil
		),
		headroom: headroom(components.map((c) => ({ code: c.code, value: c.latest })))
	};
}

/**
 * The paces in a query (`?osi=0.02&tii=0.01&hci=0.005`, points a year), the observed ones where
 * absent, and the names of those that are not numbers within ±MAX_PACE.
 */
export function pacesFrom(
	query: URLSearchParams,
	fallback: Paces
): { paces: Paces; invalid: string[] } {
	const invalid: string[] = [];
	const paces = { ...fallback };
	for (const code of EGDI_COMPONENTS) {
		const raw = query.get(code.toLowerCase())?.trim().replace(',', '.');
		if (!raw) continue;
		const value = Number(raw);
		if (Number.isFinite(value) && Math.abs(value) <= MAX_PACE) paces[code] = value;
		else invalid.push(code.toLowerCase());
	}
	return { paces, invalid };
}

/** A scenario of the plan: the editions at `paces`, and whether it reaches the target. */
export function planScenario(plan: Plan, paces: Paces) {
	const editions = scenario({
		latestYear: plan.latestYear,
		latest: plan.components.map((c) => ({ code: c.code, value: c.latest })),
		paces,
		years: plan.years,
		peers: plan.peers
	});
	return { editions, reaches: plan.supported ? reaches(editions.at(-1), plan.target) : null };
}

/**
 * The scenario a brief was asked to show (`?plan=<target id>&osi=…`): the target's label, the
 * paces and the last edition of the scenario; null without a valid plan of `country`.
 */
export function briefScenario(db: Db, country: string, query: URLSearchParams) {
	const id = query.get('plan')?.trim() ?? '';
	const plan = /^\d+$/.test(id) ? planOf(db, Number(id)) : undefined;
	if (!plan || plan.target.country !== country || !plan.supported) return null;
	const { paces } = pacesFrom(query, plan.observed);
	const { editions, reaches } = planScenario(plan, paces);
	const end = editions.at(-1);
	if (!end) return null;
	return {
		targetId: plan.target.id,
		label: plan.target.label,
		paces: plan.components.map((c) => ({ code: c.code, pace: paces[c.code] })),
		end,
		countries: plan.countries,
		reaches
	};
}
