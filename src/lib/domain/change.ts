import { EGDI_COMPONENTS } from './indicators';

/** One edition of a country: the EGDI, its rank and its components (null = not assessed). */
export interface EditionValues {
	year: number;
	rank: number | null;
	values: Partial<Record<string, number | null>>;
}

/** What one component did between two editions. */
export interface ComponentChange {
	code: (typeof EGDI_COMPONENTS)[number];
	/** The component's own change, latest − previous (TII 0.5605 → 0.7609: +0.2004). */
	change: number | null;
	/**
	 * Its part of the EGDI change: the EGDI is the mean of its components, so a component
	 * contributes its own change divided by their number (+0.2004 / 3 = +0.0668).
	 */
	contribution: number | null;
}

export interface EgdiChange {
	from: number;
	to: number;
	/** EGDI(to) − EGDI(from); null when either is missing. */
	egdi: number | null;
	/** Places gained (positive) or lost (negative) in the ranking. */
	rankPlaces: number | null;
	/** Each component's own change and its contribution; null where either edition lacks it. */
	components: ComponentChange[];
	/** The component with the largest absolute contribution: what drove the change. */
	driver: (typeof EGDI_COMPONENTS)[number] | null;
}

const diff = (a: number | null | undefined, b: number | null | undefined) =>
	typeof a === 'number' && typeof b === 'number' ? b - a : null;

/** What changed between two editions of one country, and which component drove it. */
export function egdiChange(previous: EditionValues, latest: EditionValues): EgdiChange {
	const components = EGDI_COMPONENTS.map((code) => {
		const change = diff(previous.values[code], latest.values[code]);
		return { code, change, contribution: change === null ? null : change / EGDI_COMPONENTS.length };
	});
	let driver: EgdiChange['driver'] = null;
	for (const c of components) {
		if (c.contribution === null) continue;
		const best = components.find((x) => x.code === driver)?.contribution ?? 0;
		if (driver === null || Math.abs(c.contribution) > Math.abs(best)) driver = c.code;
	}
	return {
		from: previous.year,
		to: latest.year,
		egdi: diff(previous.values.EGDI, latest.values.EGDI),
		rankPlaces: previous.rank !== null && latest.rank !== null ? previous.rank - latest.rank : null,
		components,
		driver
	};
}

/** The latest edition with an EGDI value and the one with a value before it. */
export function lastTwoEditions(
	editions: readonly EditionValues[]
): [EditionValues | null, EditionValues | null] {
	const assessed = editions
		.filter((e) => typeof e.values.EGDI === 'number')
		.sort((a, b) => a.year - b.year);
	return [assessed.at(-2) ?? null, assessed.at(-1) ?? null];
}
