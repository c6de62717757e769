import { describe, expect, it } from 'vitest';
import {
	indicatorDescription,
	indicatorName,
	indicatorShort,
	levelGroupName,
	regionName
} from '$lib/i18n/indicators';
import { LOCALES } from '$lib/i18n/locales';
import { lookUp } from '$lib/i18n/catalogue';
import type { MessageKey } from '$lib/i18n/messages';
import { LEVEL_GROUPS } from './levels';
import { PUBLISHED_ANOMALIES, UN_INDICATORS } from './indicators';

describe('UN indicators in every language', () => {
	it('says in English exactly what the definitions say', () => {
		for (const i of UN_INDICATORS) {
			expect(indicatorName(i.code, 'en', 'stored')).toBe(i.name);
			expect(indicatorDescription(i.code, 'en', 'stored')).toBe(i.description);
		}
	});

	it('has its own name, short label and description in Khmer and Indonesian', () => {
		for (const i of UN_INDICATORS) {
			for (const locale of ['km', 'id'] as const) {
				expect(indicatorName(i.code, locale, i.name)).not.toBe(i.name);
				expect(indicatorShort(i.code, locale, i.name)).not.toBe('');
				expect(indicatorDescription(i.code, locale, i.description)).not.toBe(i.description);
			}
		}
		expect(indicatorName('EGDI', 'km', '')).toBe('សន្ទស្សន៍អភិវឌ្ឍន៍រដ្ឋាភិបាលអេឡិចត្រូនិក');
	});

	it('keeps a national KPI as the analyst entered it', () => {
		for (const locale of LOCALES) {
			expect(indicatorName('KH_PORTAL', locale, 'Services on the national portal')).toBe(
				'Services on the national portal'
			);
		}
	});
});

it('names level groups and regions in the language, unknown ones as stored', () => {
	expect(LEVEL_GROUPS.map((g) => levelGroupName(g.group, 'id'))).toEqual([
		'Sangat Tinggi',
		'Tinggi',
		'Menengah',
		'Rendah'
	]);
	expect(regionName('South-eastern Asia', 'km')).toBe('អាស៊ីអាគ្នេយ៍');
	expect(regionName('Atlantis', 'km')).toBe('Atlantis');
});

it('has a translation of every published anomaly, in English the note without its title', () => {
	for (const a of PUBLISHED_ANOMALIES) {
		const key = `methodology.anomaly.${a.indicator}.${a.country}.${a.year}` as MessageKey;
		for (const locale of LOCALES) expect(lookUp(locale, key)).toBeTruthy();
		const detail = a.note.replace(/^[^:]*\b\d{4}:\s*/, '');
		const title = a.note.slice(0, a.note.indexOf(':'));
		const name = title.slice(0, title.lastIndexOf(','));
		expect(lookUp('en', key)?.replace('{name}', name)).toBe(
			detail.charAt(0).toUpperCase() + detail.slice(1)
		);
	}
});
