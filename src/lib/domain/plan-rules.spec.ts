import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/locales';
import { translate, translateEach } from '../i18n/translate';
import {
	checkMilestone,
	checkPolicy,
	checkTarget,
	isIsoDate,
	type Checked,
	type PlanContext
} from './plan-rules';

/** A check's refusals as the form shows them, in a language. */
const written = <T>(checked: Checked<T>, locale: Locale = 'en') =>
	checked.ok ? checked : { ok: false, errors: translateEach(locale, checked.errors) };

const ctx: PlanContext = {
	countries: new Set(['KHM', 'VNM']),
	indicators: new Map([
		['EGDI', { name: 'E-Government Development Index', minValue: 0, maxValue: 1 }],
		['OSI', { name: 'Online Service Index', minValue: 0, maxValue: 1 }]
	]),
	policies: new Set([1]),
	maxRank: 193
};

const target = {
	policyId: '1',
	country: 'KHM',
	indicator: 'EGDI',
	baselineYear: '2022',
	targetYear: '2035',
	kind: 'value',
	targetValue: '0.75'
};

describe('checkTarget', () => {
	it('accepts a sensible value target', () => {
		expect(checkTarget(target, ctx)).toEqual({
			ok: true,
			value: expect.objectContaining({
				kind: 'value',
				targetValue: 0.75,
				targetYear: 2035,
				isExample: false
			})
		});
	});

	it.each([
		[{ targetValue: '1.5' }, 'targetValue', 'EGDI runs from 0 to 1; 1.5 is out of range.'],
		[{ targetValue: 'high' }, 'targetValue', '"high" is not a number (use a decimal point).'],
		[
			{ kind: 'rank', targetRank: '0' },
			'targetRank',
			'A rank runs from 1 (best) to 193; 0 is impossible.'
		],
		[
			{ kind: 'rank', targetRank: '500' },
			'targetRank',
			'A rank runs from 1 (best) to 193; 500 is impossible.'
		],
		[
			{ kind: 'rank', targetRank: '12.5' },
			'targetRank',
			'Target rank must be a whole number, not "12.5".'
		],
		[
			{ targetYear: '2020' },
			'targetYear',
			'The target year (2020) must come after the baseline year (2022).'
		],
		[
			{ targetYear: '2022' },
			'targetYear',
			'The target year (2022) must come after the baseline year (2022).'
		],
		[{ baselineYear: '1066' }, 'baselineYear', 'Baseline year must be between 1990 and 2100.'],
		[{ kind: 'level', targetLevel: 'Top' }, 'targetLevel', 'Choose a level group.'],
		[
			{ kind: 'rank', indicator: 'OSI', targetRank: '10' },
			'kind',
			'Rank targets are for the EGDI rank: choose the EGDI.'
		],
		[{ kind: 'guess' }, 'kind', 'Choose what the target is: a value, a rank or a level group.'],
		[{ country: 'ATL' }, 'country', 'Choose a country from the list.'],
		[{ policyId: '9' }, 'policyId', 'Choose a policy from the list.'],
		[{ indicator: 'XYZ' }, 'indicator', 'Choose an indicator from the list.']
	])('refuses %o and says why', (change, field, message) => {
		const checked = checkTarget({ ...target, ...change }, ctx);
		expect(checked.ok).toBe(false);
		if (!checked.ok) expect(translate('en', checked.errors[field])).toBe(message);
	});

	it('says why with a message the page writes in its language', () => {
		const km = checkTarget({ ...target, kind: 'rank', targetRank: '500', targetYear: '' }, ctx);
		expect(km).toMatchObject({
			ok: false,
			errors: { targetRank: { key: 'editing.rule.rankRange', params: { max: 193, rank: 500 } } }
		});
		expect(written(km, 'km')).toEqual({
			ok: false,
			errors: {
				targetYear: 'ត្រូវបំពេញឆ្នាំគោលដៅ។',
				targetRank: 'ចំណាត់ថ្នាក់មានពីលេខ 1 (ល្អបំផុត) ដល់ 193៖ 500 មិនអាចទៅរួចទេ។'
			}
		});
		// Numbers in the language's notation: a decimal comma in Indonesian.
		expect(written(checkTarget({ ...target, targetValue: '1.5' }, ctx), 'id')).toEqual({
			ok: false,
			errors: { targetValue: 'EGDI berkisar dari 0 sampai 1; 1,5 di luar rentang.' }
		});
	});

	it('accepts rank and level-group targets of the EGDI', () => {
		expect(checkTarget({ ...target, kind: 'rank', targetRank: '100' }, ctx)).toMatchObject({
			ok: true,
			value: { targetRank: 100, targetValue: null }
		});
		expect(checkTarget({ ...target, kind: 'level', targetLevel: 'Very High' }, ctx)).toMatchObject({
			ok: true,
			value: { targetLevel: 'Very High' }
		});
	});
});

describe('checkMilestone', () => {
	const milestone = {
		policyId: '1',
		date: '2025-06-30',
		title: 'Digital ID law adopted',
		status: 'planned'
	};

	it('accepts a milestone and keeps an https evidence link', () => {
		const checked = checkMilestone({ ...milestone, evidenceUrl: 'https://example.org/x' }, ctx);
		expect(checked).toMatchObject({
			ok: true,
			value: { date: '2025-06-30', evidenceUrl: 'https://example.org/x' }
		});
	});

	it.each([
		[{ date: '2025-02-30' }, 'date'],
		[{ date: 'next year' }, 'date'],
		[{ title: '  ' }, 'title'],
		[{ status: 'finished' }, 'status'],
		[{ evidenceUrl: 'javascript:alert(1)' }, 'evidenceUrl']
	])('refuses %o', (change, field) => {
		const checked = checkMilestone({ ...milestone, ...change }, ctx);
		expect(checked.ok).toBe(false);
		if (!checked.ok) expect(Object.keys(checked.errors)).toEqual([field]);
	});
});

describe('checkPolicy', () => {
	it('refuses an end before the start', () => {
		const checked = checkPolicy(
			{ name: 'P', country: 'KHM', startYear: '2030', endYear: '2022' },
			ctx
		);
		expect(written(checked)).toEqual({
			ok: false,
			errors: { endYear: 'The end year (2022) is before the start year (2030).' }
		});
	});

	it('refuses in Khmer for a Khmer page', () => {
		const checked = checkPolicy({ name: '', country: 'KHM', startYear: '2022', endYear: '' }, ctx);
		expect(written(checked, 'km')).toEqual({
			ok: false,
			errors: { name: 'ត្រូវបំពេញឈ្មោះ។', endYear: 'ត្រូវបំពេញឆ្នាំបញ្ចប់។' }
		});
		expect(
			written(
				checkMilestone({ policyId: '9', date: '2025-06-30', title: 'T', status: 'done' }, ctx),
				'km'
			)
		).toEqual({
			ok: false,
			errors: { policyId: 'សូមជ្រើសរើសគោលនយោបាយពីបញ្ជី។' }
		});
	});

	it('accepts a policy', () => {
		expect(
			checkPolicy({ name: 'DGP', country: 'khm', startYear: '2022', endYear: '2035' }, ctx)
		).toMatchObject({
			ok: true,
			value: { country: 'KHM', startYear: 2022 }
		});
	});
});

describe('isIsoDate', () => {
	it('knows real dates', () => {
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2023-02-29')).toBe(false);
		expect(isIsoDate('2024-2-1')).toBe(false);
	});
});
