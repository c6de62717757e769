import type { ComparisonRow, EditionComparison } from '$lib/server/import';

/** A country's EGDI and rank in both editions, and how many places it moved (up: positive). */
export interface PreviewRow extends ComparisonRow {
	move: number | null;
}

/** What the preview of a new edition shows beside the previous one. */
export interface EditionPreview {
	year: number;
	previousYear: number;
	focus: string;
	/** The focus country first, then its peers by new rank. */
	peers: PreviewRow[];
	/** The countries that climbed most places, most first. */
	up: PreviewRow[];
	/** The countries that fell most places, most first. */
	down: PreviewRow[];
}

/** How many movers each way the preview lists. */
export const MOVERS = 5;

/**
 * The edition beside the previous one, for the focus country and `peerCodes` (in that order)
 * and the largest movers up and down by rank; ties broken by the new rank, then the code.
 */
export function shapeEditionPreview(
	comparison: EditionComparison,
	focus: string,
	peerCodes: readonly string[],
	movers = MOVERS
): EditionPreview {
	const rows = comparison.rows.map(
		(r): PreviewRow => ({
			...r,
			move: r.previousRank !== null && r.rank !== null ? r.previousRank - r.rank : null
		})
	);
	const byCode = new Map(rows.map((r) => [r.country, r]));
	const codes = [focus, ...peerCodes.filter((c) => c !== focus)];
	const peers = codes.map((c) => byCode.get(c)).filter((r): r is PreviewRow => !!r);
	const moved = rows.filter((r) => r.move !== null && r.move !== 0);
	const order = (a: PreviewRow, b: PreviewRow) =>
		(a.rank ?? Infinity) - (b.rank ?? Infinity) || a.country.localeCompare(b.country);
	return {
		year: comparison.year,
		previousYear: comparison.previousYear,
		focus,
		peers,
		up: moved
			.filter((r) => r.move! > 0)
			.sort((a, b) => b.move! - a.move! || order(a, b))
			.slice(0, movers),
		down: moved
			.filter((r) => r.move! < 0)
			.sort((a, b) => a.move! - b.move! || order(a, b))
			.slice(0, movers)
	};
}
