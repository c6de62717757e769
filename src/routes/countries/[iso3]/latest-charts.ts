import type { BarRow } from '$lib/charts/BarChart.svelte';
import { formatIndex } from '$lib/charts/format';
import { LEVEL_GROUPS } from '$lib/domain/levels';
import type { Locale } from '$lib/i18n/locales';
import { levelGroupName } from '$lib/i18n/terms';
import { translate } from '$lib/i18n/translate';
import { COUNTRY, REGION, WORLD } from './colours';
import type { shapeProfile } from './profile';

type Profile = ReturnType<typeof shapeProfile>;

/** What every chart frame of the latest edition takes, words written. */
interface Frame {
	title: string;
	summary: string;
	svgTitle: string;
	columns: { key: string; label: string; numeric?: boolean }[];
	rows: Record<string, string | number | null>[];
	fileName: string;
	subject: string;
	legend: { label: string; colour: string; swatch: 'box' }[];
}

/**
 * The profile's charts of the latest edition, shaped on the server with their words (so that
 * the page ships no code or catalogue for them): the components beside the region's and the
 * world's means, and the country's place among its region's countries.
 */
export function latestCharts(
	p: Profile,
	names: { country: string; iso3: string; region: string; regionCode: string | null },
	year: number,
	locale: Locale
): {
	components: Frame & { bars: BarRow[] };
	within: Frame & { points: StripPoint[]; references: { value: number; label: string }[] };
} {
	const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
		translate(locale, key, params);
	const { country, region } = names;
	const regionMean = t('served.profile.mean', { area: region });
	const worldMean = t('served.profile.worldMean');
	const index = (v: number | null) => formatIndex(v, locale);
	const means = [
		{ key: 'country', label: country, colour: COUNTRY },
		{ key: 'region', label: regionMean, colour: REGION },
		{ key: 'world', label: worldMean, colour: WORLD }
	] as const;

	return {
		components: {
			title: t('served.profile.components.title', { year }),
			summary: t('served.profile.components.summary', { country, year, region }),
			svgTitle: t('served.profile.components.chart', { country }),
			columns: [
				{ key: 'code', label: t('served.profile.components.index') },
				...means.map((m) => ({ key: m.key, label: m.label, numeric: true }))
			],
			rows: p.components.map((x) => ({
				code: x.code,
				...Object.fromEntries(means.map((m) => [m.key, index(x[m.key])]))
			})),
			bars: p.components.map((x) => ({
				key: x.code,
				label: x.code,
				bars: means.map((m) => ({
					key: m.key,
					value: x[m.key],
					label: `${m.label} ${x.code}: ${index(x[m.key])}`,
					colour: m.colour
				}))
			})),
			fileName: `${names.iso3}-components-${year}`,
			subject: country,
			legend: means.map((m) => ({ label: m.label, colour: m.colour, swatch: 'box' }))
		},
		within: {
			title: t('served.profile.within.title', { region, year }),
			summary: t('served.profile.within.summary', {
				region,
				year,
				country,
				position: p.positionInRegion,
				count: p.regionEgdi.length
			}),
			svgTitle: t('served.profile.within.chart', { region, country }),
			columns: [
				{ key: 'place', label: t('served.profile.within.place'), numeric: true },
				{ key: 'name', label: t('served.profile.within.country') },
				{ key: 'egdi', label: 'EGDI', numeric: true },
				{ key: 'rank', label: t('served.profile.within.worldRank'), numeric: true }
			],
			rows: p.regionEgdi.map((r, i) => ({
				place: i + 1,
				name: r.name,
				egdi: index(r.value),
				rank: r.rank
			})),
			points: p.regionEgdi.map((r) => ({
				key: r.key,
				value: r.value,
				label: `${r.name} ${index(r.value)}`
			})),
			references: LEVEL_GROUPS.slice(0, 3).map((g) => ({
				value: g.min,
				label: levelGroupName(g.group, locale)
			})),
			fileName: `${names.iso3}-within-${names.regionCode}-${year}`,
			subject: `${country} · EGDI`,
			legend: [
				{ label: country, colour: COUNTRY, swatch: 'box' },
				{ label: region, colour: REGION, swatch: 'box' }
			]
		}
	};
}

type StripPoint = { key: string; value: number; label: string };
