/**
 * The three ways a trend chart can show its lines, as chart sites do: the values themselves,
 * each line's change since a chosen edition, or each line as an index of its own value in that
 * edition (= 100). The choice lives in the address (`view=change&since=2012`), so that a shared
 * link, a bookmark and a page without JavaScript show the same chart.
 */

export const TREND_VIEWS = ['value', 'change', 'index'] as const;
export type TrendView = (typeof TREND_VIEWS)[number];

/** What the address asks for; `since` is null when no edition is named. */
export interface ViewChoice {
	view: TrendView;
	since: number | null;
}

/** The words of the view's controls, in the page's language (the server writes them). */
export interface ViewWords {
	/** The control's label, then each view's name. */
	view: string;
	views: Record<TrendView, string>;
	/** The label of the edition to measure from, and of the button that applies without JavaScript. */
	since: string;
	apply: string;
}

type Point = { x: number; y: number | null };

const isView = (text: string | null): text is TrendView =>
	(TREND_VIEWS as readonly (string | null)[]).includes(text);

/**
 * Reads `view` and `since`: an unknown view is the values, an edition that is not a plausible
 * year is none (the chart then starts from its first).
 */
export function readView(params: URLSearchParams): ViewChoice {
	const view = params.get('view');
	const since = Number(params.get('since'));
	return {
		view: isView(view) ? view : 'value',
		since: Number.isInteger(since) && since >= 1900 && since <= 2100 ? since : null
	};
}

/** The address's parameters of a choice: none for the values, so that the plain URL stays plain. */
export function viewParams(choice: ViewChoice): Record<string, string> {
	if (choice.view === 'value') return {};
	return choice.since === null
		? { view: choice.view }
		: { view: choice.view, since: String(choice.since) };
}

/**
 * The edition a chart measures from: the one asked for when the reference line (the focus
 * country) has a value there, else the first edition after it where it has one; with none
 * asked, the reference's first (for an index, its first that is not zero). Null when the
 * reference has no value from then on. The chart
 * says which edition it used, so a reader who asked for 2003 on an index the Survey began in
 * 2008 sees "since 2008".
 */
export function baselineOf(
	reference: readonly Point[],
	since: number | null,
	view: TrendView = 'change'
): number | null {
	// An index needs a value to divide by: a zero (the EPI of a country without e-participation)
	// is no baseline for one.
	const from = reference.find(
		(p) => p.y !== null && (view !== 'index' || p.y !== 0) && (since === null || p.x >= since)
	);
	return from?.x ?? null;
}

/**
 * One line through the view, from the baseline edition on: its change since the baseline's
 * value, or its value as a percentage of it (100 = the baseline). Editions where the line has
 * no value, or no value at the baseline (or a zero one, for the index), are gaps. The values
 * view returns the line whole.
 */
export function viewPoints(
	points: readonly Point[],
	view: TrendView,
	base: number | null
): Point[] {
	if (view === 'value') return [...points];
	if (base === null) return [];
	const from = points.find((p) => p.x === base)?.y ?? null;
	return points
		.filter((p) => p.x >= base)
		.map((p) => ({
			x: p.x,
			y:
				p.y === null || from === null
					? null
					: view === 'change'
						? p.y - from
						: from === 0
							? null
							: (100 * p.y) / from
		}));
}

/**
 * The value axis of a view: the indicator's own domain for the values; for a change, the lines'
 * extent with zero in it; for an index, their extent with 100 in it. A margin of a tenth of the
 * extent keeps the highest and lowest markers off the edges.
 */
export function viewDomain(
	lines: readonly (readonly Point[])[],
	view: TrendView,
	valueDomain: [number, number]
): [number, number] {
	if (view === 'value') return valueDomain;
	const origin = view === 'change' ? 0 : 100;
	let low = origin;
	let high = origin;
	for (const line of lines)
		for (const p of line)
			if (p.y !== null) {
				low = Math.min(low, p.y);
				high = Math.max(high, p.y);
			}
	const margin = (high - low || (view === 'change' ? 0.1 : 10)) / 10;
	return [low === origin ? low : low - margin, high + margin];
}
