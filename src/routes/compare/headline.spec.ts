import { describe, expect, it } from 'vitest';
import { compareWords } from './headline';

const lead = {
	leaders: ['Viet Nam'],
	egdi: 0.7709,
	rank: 71,
	next: { name: 'Cambodia', value: 0.5754, gap: 0.1955 },
	last: null,
	missing: []
};
const among = { key: 'served.compare.among.chosen' as const, params: { count: 2 } };
const two = [{ name: 'Viet Nam' }, { name: 'Cambodia' }];

describe('compareWords', () => {
	it('says who leads among whom, by how much, in bold where it matters', () => {
		const words = compareWords(two, { year: 2024, ranked: 193, lead }, among, 12, 'en');
		expect(words.title).toBe('Compare Viet Nam and Cambodia');
		expect(words.headline.replace(/\s/g, ' ')).toBe(
			'**Viet Nam** leads among the 2 countries compared in 2024 with an EGDI of **0.7709** (rank 71 of 193), **0.1955** ahead of Cambodia.'
		);
		expect(words.subline).toBeNull();
	});

	it('names the lowest and those without a value, in the page’s language', () => {
		const words = compareWords(
			[...two, { name: 'Lao PDR' }],
			{
				year: 2024,
				ranked: 193,
				lead: {
					...lead,
					last: { name: 'Cambodia', value: 0.5754, gap: 0.1955 },
					missing: ['Lao PDR']
				}
			},
			among,
			12,
			'en'
		);
		expect(words.subline).toBe(
			'Lowest: Cambodia at 0.5754, 0.1955 behind the leader. No 2024 value for Lao PDR.'
		);
		const km = compareWords(two, { year: 2024, ranked: 193, lead }, among, 12, 'km');
		expect(km.headline).not.toMatch(/leads|among/);
	});

	it('invites a choice when nothing is selected, and says when no EGDI exists', () => {
		expect(compareWords([], null, among, 12, 'en')).toEqual({
			title: 'Compare',
			headline: 'Up to 12 countries side by side on every indicator.',
			subline: null
		});
		expect(
			compareWords([{ name: 'Narnia' }], { year: 2024, ranked: 193, lead: null }, among, 12, 'en')
				.headline
		).toBe('No 2024 EGDI for Narnia.');
	});
});
