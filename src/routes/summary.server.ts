import { env } from '$env/dynamic/private';
import { egdiChange, lastTwoEditions } from '$lib/domain/change';
import { EGDI_COMPONENTS, UN_INDICATORS } from '$lib/domain/indicators';
import { distanceToNextClass, levelGroup, ratingClass } from '$lib/domain/levels';
import { aggregate } from '$lib/server/aggregates';
import { listCountries } from '$lib/server/db/countries';
import { allYears, findObservations, observationsOfCountries } from '$lib/server/db/observations';
import { seriesOver, toEditions } from '$lib/server/editions';

/** The peer group of the summary's table: `PEER_GROUP` (a custom group code), ASEAN by default. */
function peerGroup(): string {
	return env.PEER_GROUP?.trim() || 'ASEAN';
}

/** Everything the executive summary shows for one country, shaped for the page. */
export function executiveSummary(focus: string) {
	const countries = listCountries();
	const country = countries.find((c) => c.iso3 === focus)!;
	const years = allYears();
	const editions = toEditions(observationsOfCountries([focus]));
	const [previous, latest] = lastTwoEditions(editions);
	const egdi = latest?.values.EGDI ?? null;
	const latestYear = latest?.year ?? null;
	const ranked = latestYear
		? findObservations({ indicator: 'EGDI', year: latestYear }).filter((o) => o.value !== null)
				.length
		: 0;

	const comparisons = latestYear
		? (
				[
					['subregion', country.subregion],
					['region', country.region],
					['world', 'World'],
					['group', peerGroup()]
				] as const
			)
				.map(([by, name]) => {
					if (!name) return null;
					const found = aggregate('EGDI', latestYear, by).find((g) => g.group === name);
					return found ? { group: name, kind: by, mean: found.mean, n: found.n } : null;
				})
				.filter((c) => c !== null)
		: [];

	const group = peerGroup();
	const peerCountries = countries.filter((c) => c.groups.includes(group) || c.iso3 === focus);
	const peerRows = observationsOfCountries(peerCountries.map((c) => c.iso3)).filter(
		(o) => o.indicator === 'EGDI'
	);
	const peers = peerCountries
		.map((c) => {
			const [p, l] = lastTwoEditions(toEditions(peerRows.filter((o) => o.country === c.iso3)));
			return {
				iso3: c.iso3,
				name: c.name,
				year: l?.year ?? null,
				rank: l?.rank ?? null,
				egdi: l?.values.EGDI ?? null,
				ratingClass: ratingClass(l?.values.EGDI)?.code ?? null,
				egdiChange: p && l ? egdiChange(p, l).egdi : null,
				rankPlaces: p && l ? egdiChange(p, l).rankPlaces : null
			};
		})
		.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));

	return {
		country: {
			iso3: country.iso3,
			name: country.name,
			region: country.region,
			subregion: country.subregion
		},
		latestYear,
		/** Countries assessed in the latest edition (the N of "rank r of N"). */
		ranked,
		egdi,
		rank: latest?.rank ?? null,
		levelGroup: levelGroup(egdi),
		ratingClass: ratingClass(egdi),
		nextClass: distanceToNextClass(egdi),
		change: previous && latest ? egdiChange(previous, latest) : null,
		comparisons,
		peerGroup: group,
		peers,
		/** EGDI and its components over every edition; null where not assessed. */
		trend: ['EGDI', ...EGDI_COMPONENTS].map((code) => ({
			code,
			name: UN_INDICATORS.find((i) => i.code === code)!.name,
			points: seriesOver(editions, code, years)
		}))
	};
}
