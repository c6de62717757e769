/**
 * Normalises a country name for matching: case, spacing, diacritics and punctuation do not
 * count ("Côte d'Ivoire " = "cote divoire", "Türkiye" = "turkiye").
 */
export function normalizeName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/['’`]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
		}
		previous = current;
	}
	return previous[b.length];
}

/**
 * No country's name or alias is longer than this (the longest, "United Kingdom of Great Britain
 * and Northern Ireland", has 52 characters): a longer text matches nothing and gets no
 * suggestion, wherever names are matched (imports, /compare?add=, pickers), so that one request
 * cannot buy seconds of edit distances.
 */
export const MAX_NAME_LENGTH = 100;

/**
 * Suggestions ("did you mean …?") one matcher computes, for that many distinct unknown names; the
 * rest are reported without one. A file of 10,000 made-up names costs at most this many searches.
 */
export const MAX_SUGGESTIONS = 200;

export interface CountryName {
	iso3: string;
	name: string;
}

export interface CountryMatcher {
	/** The ISO3 code for a name, an alias or an ISO3 code (any case); null when unknown. */
	resolve(text: string): string | null;
	/** The display name of an ISO3 code. */
	nameOf(iso3: string): string | undefined;
	/** The known country whose name or alias is closest to `text`, for "did you mean …?". */
	closest(text: string): CountryName | null;
}

/** Builds a matcher over country names and their aliases (names win over aliases on a clash). */
export function createCountryMatcher(
	countries: readonly CountryName[],
	aliases: readonly CountryName[] = []
): CountryMatcher {
	const byKey = new Map<string, string>();
	const names = new Map<string, string>();
	for (const c of countries) {
		names.set(c.iso3, c.name);
		byKey.set(normalizeName(c.name), c.iso3);
	}
	for (const a of aliases) {
		const key = normalizeName(a.name);
		if (key && !byKey.has(key)) byKey.set(key, a.iso3);
	}
	/** Answers already given: a file names the same few hundred countries again and again. */
	const memo = new Map<string, string | null>();
	const suggested = new Map<string, CountryName | null>();
	function lookUp(text: string): string | null {
		const trimmed = text.trim();
		if (trimmed.length > MAX_NAME_LENGTH) return null;
		const code = trimmed.toUpperCase();
		if (/^[A-Z]{3}$/.test(code) && names.has(code)) return code;
		return byKey.get(normalizeName(trimmed)) ?? null;
	}
	return {
		resolve(text) {
			let iso3 = memo.get(text);
			if (iso3 === undefined) {
				iso3 = lookUp(text);
				if (memo.size < 10_000 && text.length <= 64) memo.set(text, iso3);
			}
			return iso3;
		},
		nameOf: (iso3) => names.get(iso3),
		closest(text) {
			if (text.trim().length > MAX_NAME_LENGTH) return null;
			const key = normalizeName(text);
			if (!key) return null;
			const known = suggested.get(key);
			if (known !== undefined) return known;
			if (suggested.size >= MAX_SUGGESTIONS) return null;
			const found = nearest(key);
			suggested.set(key, found);
			return found;
		}
	};

	function nearest(key: string): CountryName | null {
		let best: string | null = null;
		let bestDistance = Infinity;
		for (const [candidate, iso3] of byKey) {
			const longer = Math.max(key.length, candidate.length);
			// The distance is at least the difference in length: no need to compute it when that
			// alone rules the candidate out.
			if (Math.abs(key.length - candidate.length) / longer > Math.min(bestDistance, 0.5)) continue;
			const d = editDistance(key, candidate) / longer;
			if (d < bestDistance) {
				bestDistance = d;
				best = iso3;
			}
		}
		return best && bestDistance <= 0.5 ? { iso3: best, name: names.get(best)! } : null;
	}
}

/**
 * The countries of a comma-separated list of names, aliases or ISO3 codes ("KHM, Vietnam,
 * Laos"), in order and without repeats, and the entries no country answers to. A World Bank
 * name holding a comma ("Korea, Rep.") is read whole when its parts alone are not names.
 */
export function resolveCountryList(
	text: string,
	matcher: Pick<CountryMatcher, 'resolve'>
): { codes: string[]; unknown: string[] } {
	const parts = text
		.split(',')
		.map((p) => p.trim())
		.filter(Boolean);
	const codes: string[] = [];
	const unknown: string[] = [];
	for (let i = 0; i < parts.length; i++) {
		let iso3 = matcher.resolve(parts[i]);
		if (!iso3 && i + 1 < parts.length) {
			const joined = matcher.resolve(`${parts[i]}, ${parts[i + 1]}`);
			if (joined) {
				iso3 = joined;
				i++;
			}
		}
		if (!iso3) unknown.push(parts[i]);
		else if (!codes.includes(iso3)) codes.push(iso3);
	}
	return { codes, unknown };
}

/**
 * Whether what someone typed finds a country: a part of any of its names (in the page's
 * language, the UN's, an alias such as "Vietnam" or "Laos"), whatever the case, accents,
 * punctuation or spaces ("viet nam" finds "Vietnam", "cote" finds "Côte d'Ivoire"), or its ISO3
 * code. `keys` are the country's names already passed through `searchKey`.
 */
export function matchesSearch(query: string, keys: readonly string[], iso3?: string): boolean {
	const q = searchKey(query);
	if (!q) return true;
	if (iso3 && query.trim().toUpperCase() === iso3) return true;
	return keys.some((k) => k.includes(q));
}

/** A name as `matchesSearch` compares it: normalised, spaces removed ("Viet Nam" → "vietnam"). */
export function searchKey(name: string): string {
	return normalizeName(name).replace(/ /g, '');
}
