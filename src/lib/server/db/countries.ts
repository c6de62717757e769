import { asc, eq } from 'drizzle-orm';
import type { Db } from './connection';
import {
	countries,
	countryAliases,
	countryGroupMembers,
	countryGroups,
	type Country
} from './schema';

export type CountryWithGroups = Country & { groups: string[] };

/** Every country with the codes of the custom groups it belongs to, sorted by name. */
export function listCountries(db: Db): CountryWithGroups[] {
	const members = db.select().from(countryGroupMembers).all();
	const groupsOf = new Map<string, string[]>();
	for (const m of members) groupsOf.set(m.iso3, [...(groupsOf.get(m.iso3) ?? []), m.groupCode]);
	return db
		.select()
		.from(countries)
		.orderBy(asc(countries.name))
		.all()
		.map((c) => ({ ...c, groups: groupsOf.get(c.iso3) ?? [] }));
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

export function listGroups(db: Db) {
	return db.select().from(countryGroups).orderBy(asc(countryGroups.name)).all();
}

/** Other spellings of country names ("Vietnam", "Lao PDR"), for matching what people type. */
export function listAliases(db: Db): { iso3: string; name: string }[] {
	return db
		.select({ iso3: countryAliases.iso3, name: countryAliases.alias })
		.from(countryAliases)
		.all();
}
