/**
 * Which countries a comparison shows when nobody has chosen: honest peers, never a hand-picked
 * weaker set. The focus country's peer group (`PEER_GROUP`, ASEAN by default) when it belongs to
 * it — all of it when it fits, else its members ranked nearest the focus country, alternately
 * above and below — and otherwise the countries ranked just above and below it in the world.
 */

export interface RankedCountry {
	iso3: string;
	/** Codes of the custom groups it belongs to. */
	groups: readonly string[];
	/** EGDI rank in the latest edition; null when not ranked. */
	rank: number | null;
}

/** What a default selection is made of, for the page to say so. */
export type PeerBasis =
	| { kind: 'group'; group: string }
	| { kind: 'groupNearest'; group: string }
	| { kind: 'worldNearest' };

export interface DefaultPeers {
	/** The focus country first, then the others by rank. */
	codes: string[];
	basis: PeerBasis;
}

/** Up to `count` of `ranked` (sorted by rank) nearest `focus`, alternately above and below. */
function nearest(ranked: readonly RankedCountry[], focus: string, count: number): RankedCountry[] {
	const at = ranked.findIndex((c) => c.iso3 === focus);
	const picked: RankedCountry[] = [];
	for (let step = 1; picked.length < count && step < ranked.length; step++) {
		for (const i of [at - step, at + step]) {
			if (i >= 0 && i < ranked.length && picked.length < count) picked.push(ranked[i]);
		}
	}
	return picked;
}

const byRank = (a: RankedCountry, b: RankedCountry) =>
	(a.rank ?? Infinity) - (b.rank ?? Infinity) || a.iso3.localeCompare(b.iso3);

/**
 * Every member of `group` as the data stands (Timor-Leste in ASEAN since October 2025), as a
 * comparison shows them: `focus` first when it is one, then the others by rank.
 */
export function membersOf(
	group: string,
	countries: readonly RankedCountry[],
	focus: string | null
): string[] {
	const members = countries
		.filter((c) => c.groups.includes(group))
		.sort(byRank)
		.map((c) => c.iso3);
	return focus && members.includes(focus)
		? [focus, ...members.filter((c) => c !== focus)]
		: members;
}

export function defaultPeers(
	focus: string,
	countries: readonly RankedCountry[],
	group: string,
	max: number
): DefaultPeers {
	const self = countries.find((c) => c.iso3 === focus);
	const members = countries.filter((c) => c.groups.includes(group)).sort(byRank);
	const withFocus = (others: readonly RankedCountry[]) => [
		focus,
		...others
			.filter((c) => c.iso3 !== focus)
			.sort(byRank)
			.map((c) => c.iso3)
	];
	if (self?.groups.includes(group) && members.length > 1) {
		if (members.length <= max)
			return { codes: withFocus(members), basis: { kind: 'group', group } };
		const ranked = members.filter((c) => c.rank !== null || c.iso3 === focus);
		return {
			codes: withFocus(nearest(ranked, focus, max - 1)),
			basis: { kind: 'groupNearest', group }
		};
	}
	const world = countries.filter((c) => c.rank !== null).sort(byRank);
	if (!self || self.rank === null) return { codes: [focus], basis: { kind: 'worldNearest' } };
	return { codes: withFocus(nearest(world, focus, max - 1)), basis: { kind: 'worldNearest' } };
}
