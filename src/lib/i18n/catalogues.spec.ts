import { describe, expect, it } from 'vitest';
import { EGDI_COMPONENTS } from '$lib/domain/indicators';
import { CATALOGUES } from '$lib/server/messages';

const KHMER = /[\u1780-\u17ff]/;
const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const byGroup = new Map(Object.entries(CATALOGUES));

describe('message catalogues', () => {
	it('every group has a catalogue in every language', () => {
		expect(byGroup.size).toBeGreaterThan(5);
		for (const [group, languages] of byGroup)
			expect(Object.keys(languages).sort(), group).toEqual(['en', 'id', 'km']);
	});

	for (const [name, group] of byGroup) {
		describe(name, () => {
			const en = group.en;
			for (const locale of ['km', 'id'] as const) {
				const other = group[locale];
				it(`${locale} has exactly the English keys`, () => {
					expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
				});
				it(`${locale} fills in the same parameters`, () => {
					for (const key of Object.keys(en))
						expect(params(other[key] ?? ''), `${locale} ${key}`).toEqual(params(en[key]));
				});
			}
			it('every Khmer message is in Khmer (not left in English)', () => {
				// A message with letters must have Khmer script, unless it is only codes/acronyms.
				const untranslated = Object.entries(group.km).filter(([, text]) => {
					const words = text.replace(/\{\w+\}/g, '').match(/[A-Za-z]+/g) ?? [];
					const wordy = words.some((w) => !/^[A-Z0-9]{2,}$/.test(w));
					return wordy && !KHMER.test(text);
				});
				expect(untranslated).toEqual([]);
			});
			it('keys are prefixed with their group (the glossary’s with term.)', () => {
				const prefix = ['terms', 'places', 'definitions'].includes(name) ? 'term' : name;
				for (const key of Object.keys(en)) expect(key.split('.')[0], key).toBe(prefix);
			});
		});
	}

	it('a message that names one EGDI component by parameter names them all', () => {
		// Pages fill in `indicatorNameParams(EGDI_COMPONENTS, …)`: a component added to the
		// registry must be named by every such sentence, in every language.
		const components = EGDI_COMPONENTS.map((c) => c.toLowerCase()).sort();
		const naming = [...byGroup.values()].flatMap((group) =>
			Object.entries(group).flatMap(([locale, catalogue]) =>
				Object.entries(catalogue)
					.filter(([, text]) => params(text).some((p) => components.includes(p)))
					.map(([key, text]) => ({ at: `${locale} ${key}`, text }))
			)
		);
		expect(naming.length).toBeGreaterThanOrEqual(6);
		for (const { at, text } of naming)
			expect(
				params(text).filter((p) => components.includes(p)),
				at
			).toEqual(components);
	});
});
