import { describe, expect, it } from 'vitest';
import { UN_INDICATORS } from '../server/un-indicators';
import { LEVEL_GROUPS } from '../domain/levels';
import { STATUS_ORDER } from '../domain/progress';
import { LOCALES } from './locales';
import {
	indicatorDescription,
	indicatorMessage,
	indicatorName,
	indicatorShort,
	levelGroupName,
	localizeIndicator,
	milestoneName,
	progressName,
	roleName,
	term,
	termMessage
} from './terms';
import { incomeGroupName, regionName } from './places';
import { translate } from './translate';

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
		expect(indicatorName('OSI', 'km', '')).toBe('សន្ទស្សន៍សេវាកម្មអនឡាញ');
		expect(indicatorName('EPI', 'id', '')).toBe('Indeks E-Partisipasi');
	});

	it('keeps a national KPI as the analyst entered it', () => {
		for (const locale of LOCALES) {
			expect(indicatorName('KH_PORTAL', locale, 'Services on the national portal')).toBe(
				'Services on the national portal'
			);
		}
		expect(indicatorMessage('KH_PORTAL', 'Services on the portal')).toBe('Services on the portal');
		expect(indicatorMessage('TII', 'stored')).toEqual({ key: 'term.indicator.TII.name' });
	});

	it('localizes an indicator row, leaving English and KPIs alone', () => {
		const egdi = { code: 'EGDI', name: 'E-Government Development Index', description: 'x' };
		expect(localizeIndicator(egdi, 'en')).toBe(egdi);
		expect(localizeIndicator(egdi, 'id')).toMatchObject({
			name: 'Indeks Pembangunan E-Government',
			description: expect.stringMatching(/^Rata-rata/)
		});
		const kpi = { code: 'KH_PORTAL', name: 'Portal' };
		expect(localizeIndicator(kpi, 'km')).toBe(kpi);
	});
});

describe('terms with a code', () => {
	it('names level groups, the same word on every page', () => {
		expect(LEVEL_GROUPS.map((g) => levelGroupName(g.group, 'id'))).toEqual([
			'Sangat Tinggi',
			'Tinggi',
			'Menengah',
			'Rendah'
		]);
		expect(levelGroupName('Very High', 'km')).toBe('ខ្ពស់ខ្លាំង');
		expect(term('en', 'level', 'Middle')).toBe('Middle');
	});

	it('names progress statuses', () => {
		expect(progressName('on_track', 'km')).toBe('តាមគម្រោង');
		expect(progressName('acceleration_needed', 'en')).toBe('Acceleration needed');
		expect(progressName('on_track', 'id')).toBe('Sesuai jalur');
		for (const status of STATUS_ORDER) {
			expect(progressName(status, 'km')).toMatch(/^[\u1780-\u17ff ]+$/);
			expect(progressName(status, 'en')).toMatch(/^[A-Z][a-z ]+$/);
		}
	});

	it('names milestone statuses, and a milestone past its date', () => {
		expect(milestoneName('done', 'km')).toBe('បានបញ្ចប់');
		expect(milestoneName('overdue', 'en')).toBe('Overdue');
		expect(milestoneName('overdue', 'km')).toBe('ហួសកាលកំណត់');
		expect(milestoneName('planned', 'id')).toBe('Direncanakan');
	});

	it('names regions, sub-regions and the world; keeps custom groups and unknown names', () => {
		expect(regionName('South-eastern Asia', 'en')).toBe('South-eastern Asia');
		expect(regionName('South-eastern Asia', 'km')).toBe('អាស៊ីអាគ្នេយ៍');
		expect(regionName('World', 'km')).toBe('ពិភពលោក');
		expect(regionName('World', 'id')).toBe('Dunia');
		expect(regionName('Northern America', 'en')).toBe('Northern America');
		expect(regionName('Northern America', 'id')).toBe('Amerika bagian Utara');
		expect(regionName('ASEAN', 'km')).toBe('ASEAN');
		expect(regionName('Atlantis', 'km')).toBe('Atlantis');
		// Not a way into the object's prototype.
		expect(regionName('constructor', 'km')).toBe('constructor');
	});

	it('names income groups in words', () => {
		expect(incomeGroupName('Lower-Middle', 'en')).toBe('Lower-Middle income');
		expect(incomeGroupName('Lower-Middle', 'km')).toBe('ចំណូលមធ្យមកម្រិតទាប');
		expect(incomeGroupName('High', 'id')).toBe('Pendapatan tinggi');
		expect(incomeGroupName('Unknown', 'km')).toBe('Unknown');
	});

	it('names roles', () => {
		expect(roleName('viewer', 'km')).toBe('អ្នកមើល');
		expect(roleName('analyst', 'id')).toBe('analis');
		expect(roleName('superuser', 'id')).toBe('superuser');
	});

	it('gives a term as a message parameter, written in the language of the sentence', () => {
		const message = {
			key: 'common.target.level',
			params: { group: termMessage('level', 'Very High'), min: 0.75, year: 2035 }
		} as const;
		expect(translate('en', message)).toBe('EGDI in the Very High group (≥ 0.75) by 2035');
		expect(translate('km', message)).toBe('EGDI ក្នុងក្រុមកម្រិតខ្ពស់ខ្លាំង (≥ 0.75) ត្រឹមឆ្នាំ 2035');
		expect(translate('id', message)).toBe('EGDI di kelompok Sangat Tinggi (≥ 0,75) pada 2035');
		expect(termMessage('role', 'auditor')).toBe('auditor');
	});
});
