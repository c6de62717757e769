import { asc, eq } from 'drizzle-orm';
import { db } from '.';
import {
	countries,
	countryAliases,
	countryGroupMembers,
	countryGroups,
	type Country
} from './schema';

export type CountryWithGroups = Country & { groups: string[] };

/** Every country with the codes of the custom groups it belongs to, sorted by name. */
export function listCountries(): CountryWithGroups[] {
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

export function getCountry(iso3: string): Country | undefined {
	return db.select().from(countries).where(eq(countries.iso3, iso3)).get();
}

export function listGroups() {
	return db.select().from(countryGroups).orderBy(asc(countryGroups.name)).all();
}

/** Other spellings of country names ("Vietnam", "Lao PDR"), for matching what people type. */
export function listAliases(): { iso3: string; name: string }[] {
	return db
		.select({ iso3: countryAliases.iso3, name: countryAliases.alias })
		.from(countryAliases)
		.all();
}
