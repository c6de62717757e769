import { asc, desc, eq } from 'drizzle-orm';
import type { Membership } from '$lib/domain/groups';
import type { Db } from './connection';
import {
	countries,
	countryAliases,
	countryGroupMembers,
	countryGroups,
	type Country
} from './schema';

export type CountryWithGroups = Country & {
	/** Codes of the groups it belongs to as the data stands (memberships not ended). */
	groups: string[];
	/** Every membership, dated: which groups it was in at an edition (`groupsInEdition`). */
	memberships: Membership[];
};

/** Every country with its group memberships, sorted by name: two queries. */
export function listCountries(db: Db): CountryWithGroups[] {
	const members = db
		.select()
		.from(countryGroupMembers)
		.orderBy(asc(countryGroupMembers.groupCode))
		.all();
	const membershipsOf = new Map<string, Membership[]>();
	for (const m of members) {
		const list = membershipsOf.get(m.iso3) ?? [];
		list.push({ group: m.groupCode, from: m.fromDate, until: m.untilDate });
		membershipsOf.set(m.iso3, list);
	}
	return db
		.select()
		.from(countries)
		.orderBy(asc(countries.name))
		.all()
		.map((c) => {
			const memberships = membershipsOf.get(c.iso3) ?? [];
			// Its groups now: the memberships not ended (as `currentGroups` in $lib/domain/groups).
			const groups = memberships.filter((m) => m.until === null).map((m) => m.group);
			return { ...c, groups, memberships };
		});
}

/** Every country's code and UN name, sorted by name: what matching names and labels need. */
export function countryNames(db: Db): { iso3: string; name: string }[] {
	return db
		.select({ iso3: countries.iso3, name: countries.name })
		.from(countries)
		.orderBy(asc(countries.name))
		.all();
}

export function getCountry(db: Db, iso3: string): Country | undefined {
	return db.select().from(countries).where(eq(countries.iso3, iso3)).get();
}

/** Whether the reference data is there (the first start loads it). */
export function hasCountries(db: Db): boolean {
	return db.select({ iso3: countries.iso3 }).from(countries).limit(1).get() !== undefined;
}

/** Every group, the UN's (LDC, LLDC, SIDS) first, then the user-defined ones by name. */
export function listGroups(db: Db) {
	return db
		.select()
		.from(countryGroups)
		.orderBy(desc(countryGroups.kind), asc(countryGroups.name))
		.all();
}

/** Every dated membership with its source and note, by group and country: for the methodology. */
export function listMemberships(db: Db) {
	return db
		.select()
		.from(countryGroupMembers)
		.orderBy(asc(countryGroupMembers.groupCode), asc(countryGroupMembers.iso3))
		.all();
}

/** Other spellings of country names ("Vietnam", "Lao PDR"), for matching what people type. */
export function listAliases(db: Db): { iso3: string; name: string }[] {
	return db
		.select({ iso3: countryAliases.iso3, name: countryAliases.alias })
		.from(countryAliases)
		.all();
}
