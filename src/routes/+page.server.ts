import type { PageServerLoad } from './$types';
import { UN_INDICATORS } from '$lib/domain/indicators';
import { levelGroup, ratingClass } from '$lib/domain/levels';
import { listCountries } from '$lib/server/db/countries';
import { findObservations, yearsOf } from '$lib/server/db/observations';
import { focusCountry } from '$lib/server/focus';

export interface LatestRow {
	iso3: string;
	name: string;
	region: string | null;
	rank: number | null;
	/** EGDI, OSI, TII, HCI, EPI by code; null where not assessed. */
	values: Record<string, number | null>;
	levelGroup: string | null;
	ratingClass: string | null;
}

export const load = (({ url }) => {
	const focus = focusCountry(url);
	const year = yearsOf('EGDI')[0] ?? null;
	const rows = new Map<string, LatestRow>();
	if (year !== null) {
		for (const c of listCountries()) {
			rows.set(c.iso3, {
				iso3: c.iso3,
				name: c.name,
				region: c.region,
				rank: null,
				values: {},
				levelGroup: null,
				ratingClass: null
			});
		}
		for (const o of findObservations({ year })) {
			const row = rows.get(o.country);
			if (!row) continue;
			row.values[o.indicator] = o.value;
			if (o.indicator === 'EGDI') {
				row.rank = o.rank;
				row.levelGroup = levelGroup(o.value);
				row.ratingClass = ratingClass(o.value)?.code ?? null;
			}
		}
	}
	const table = [...rows.values()]
		.filter((r) => r.values.EGDI !== undefined)
		.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name));
	return {
		/** The latest edition with EGDI values, or null before any data is loaded. */
		year,
		focus,
		/** Indicator columns, in display order. */
		indicators: UN_INDICATORS.map((i) => ({ code: i.code, name: i.name })),
		/** Every country assessed in that edition, best rank first. */
		table
	};
}) satisfies PageServerLoad;
