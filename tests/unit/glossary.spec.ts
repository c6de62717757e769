import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales';
import { CATALOGUES } from '../../src/lib/server/messages';

/**
 * The glossary (`messages/<locale>/terms.ts`, `places.ts` for regions, income and country groups,
 * `definitions.ts` for the UN indicators' definitions) is
 * the one place a domain term is translated. These tests
 * fail when a term gets a second key somewhere else: a second key is where two pages start to
 * disagree on the word (as "On track" once read differently on the Khmer summary and brief).
 */

type Catalogue = Record<string, string>;
const GLOSSARY_GROUPS = ['terms', 'places', 'definitions'];
const glossary = Object.fromEntries(
	LOCALES.map((l) => [
		l,
		{ ...CATALOGUES.terms[l], ...CATALOGUES.places[l], ...CATALOGUES.definitions[l] }
	])
) as Record<Locale, Catalogue>;
const others = Object.entries(CATALOGUES).filter(([name]) => !GLOSSARY_GROUPS.includes(name));

/** Texts compared as a reader sees them: trimmed, whatever the case. */
const same = (text: string, locale: Locale) => text.trim().toLocaleLowerCase(locale);

/**
 * Glossary texts that are the English word in another language too: proper names of regions
 * and the loanwords Indonesian uses for two roles.
 */
const SAME_AS_ENGLISH: Record<Exclude<Locale, 'en'>, string[]> = {
	km: [],
	id: ['term.region.asia', 'term.region.melanesia', 'term.role.editor', 'term.role.admin']
};

describe('the glossary', () => {
	it('has a text in every language for every term', () => {
		const keys = Object.keys(glossary.en);
		expect(keys.length).toBeGreaterThan(50);
		for (const locale of LOCALES) {
			expect(Object.keys(glossary[locale]).sort(), locale).toEqual([...keys].sort());
			for (const key of keys)
				expect(glossary[locale][key]?.trim(), `${locale} ${key}`).toBeTruthy();
		}
	});

	it('is translated: no Khmer or Indonesian term is left as the English word', () => {
		for (const locale of ['km', 'id'] as const) {
			const untranslated = Object.keys(glossary.en).filter(
				(key) =>
					same(glossary[locale][key], locale) === same(glossary.en[key], locale) &&
					!SAME_AS_ENGLISH[locale].includes(key)
			);
			expect(untranslated, locale).toEqual([]);
		}
	});

	it('keys every term under term.*', () => {
		for (const key of Object.keys(glossary.en)) expect(key).toMatch(/^term\.[a-z]+\./);
		for (const [name, group] of others)
			expect(
				Object.keys(group.en).filter((key) => key.startsWith('term.')),
				name
			).toEqual([]);
	});

	for (const locale of LOCALES) {
		it(`gives each ${locale} term one key: no other message has the same text`, () => {
			const terms = new Map<string, string>();
			const twice: string[] = [];
			for (const [key, text] of Object.entries(glossary[locale])) {
				const found = terms.get(same(text, locale));
				if (found) twice.push(`${found} and ${key}: “${text}”`);
				terms.set(same(text, locale), key);
			}
			for (const [name, group] of others) {
				for (const [key, text] of Object.entries(group[locale])) {
					const term = terms.get(same(text, locale));
					if (term) twice.push(`${key} (${name}) repeats ${term}: “${text}”`);
				}
			}
			expect(twice).toEqual([]);
		});
	}
});
