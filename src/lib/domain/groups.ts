/**
 * Country groups with dated membership: the UN's groups that every Survey report uses (least
 * developed countries, landlocked developing countries, small island developing States) and
 * user-defined ones (ASEAN). A country belongs to a group over a period; an edition counts the
 * members of its own day, so that Bhutan is an LDC in 2022 and not in 2024.
 */

/** The UN's groups of countries in special situations, in the order the Survey reports them. */
export const UN_GROUPS = ['LDC', 'LLDC', 'SIDS'] as const;
export type UnGroup = (typeof UN_GROUPS)[number];

/** Their names in English, as the `country_groups` table stores them (pages use the glossary). */
export const UN_GROUP_NAMES: Readonly<Record<UnGroup, string>> = {
	LDC: 'Least developed countries',
	LLDC: 'Landlocked developing countries',
	SIDS: 'Small island developing States'
};

export function isUnGroup(code: string): code is UnGroup {
	return (UN_GROUPS as readonly string[]).includes(code);
}

/**
 * A country's membership of a group: from `from` (inclusive) until `until` (exclusive). Dates
 * are ISO, as precise as the source: a day (2023-12-13), a month (2012-12) or a year (2003),
 * which stands for the start of that month or year; they compare as text.
 */
export interface Membership {
	group: string;
	/** When it joined; null when it was a member before the first edition of 2003. */
	from: string | null;
	/** When it left (graduation), or null while it is a member. */
	until: string | null;
}

/**
 * The day an edition's groups are taken on: 1 July of its year. The Survey takes the groups of
 * its own time; editions came out between January (2008) and September (2022, 2024), and no
 * membership in the data changed between an edition's publication and 1 July of its year. So
 * the LDC graduations of December (Vanuatu 2020, São Tomé and Príncipe 2024) and South Sudan's
 * inclusion in December 2012 fall after the edition of their year.
 */
export function editionDate(year: number): string {
	return `${String(year).padStart(4, '0')}-07-01`;
}

/**
 * Whether a membership holds on `date` (YYYY-MM-DD). A bound given by its year or month alone
 * sorts before every day of it ("2003" < "2003-01-01"), so it counts from the start of it.
 */
export function isMemberOn(m: Pick<Membership, 'from' | 'until'>, date: string): boolean {
	return (m.from === null || m.from <= date) && (m.until === null || date < m.until);
}

/** The groups of `memberships` that hold in `year`'s edition, in the given order. */
export function groupsInEdition(memberships: readonly Membership[], year: number): string[] {
	const date = editionDate(year);
	return memberships.filter((m) => isMemberOn(m, date)).map((m) => m.group);
}

/** The groups of `memberships` not ended: the country's groups as the data stands. */
export function currentGroups(memberships: readonly Membership[]): string[] {
	return memberships.filter((m) => m.until === null).map((m) => m.group);
}

/**
 * A date as the group files write it, checked: a day ("2011-01-01"), a month ("2012-12") or a
 * year ("2003"), kept at that precision (a change known only by its month or year counts from
 * the start of it). Empty is null (no bound); anything else throws.
 */
export function parseMembershipDate(text: string | undefined | null): string | null {
	const t = (text ?? '').trim();
	if (!t) return null;
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(t);
	const [, year, month = '01', day = '01'] = m ?? [];
	const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
	if (
		!m ||
		Number.isNaN(date.getTime()) ||
		date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`
	)
		throw new Error(`"${t}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
	return t;
}
