import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { checkIndicator } from './indicator-rules';

const kpi = {
	code: 'digital_id',
	name: 'Adults with a digital ID',
	unit: '%',
	minValue: '0',
	maxValue: '100',
	direction: 'higher'
};

describe('checkIndicator', () => {
	it('accepts a KPI, upper-casing its code', () => {
		expect(checkIndicator(kpi, new Set(['EGDI']))).toMatchObject({
			ok: true,
			value: { code: 'DIGITAL_ID', minValue: 0, maxValue: 100, higherIsBetter: true, unit: '%' }
		});
	});

	it('reads the direction', () => {
		const checked = checkIndicator({ ...kpi, direction: 'lower' }, new Set());
		expect(checked.ok && checked.value.higherIsBetter).toBe(false);
	});

	it.each([
		[{ code: 'EGDI' }, 'code', 'There is already an indicator EGDI.'],
		[{ code: '1X' }, 'code', expect.stringMatching(/capital letters/)],
		[{ name: '' }, 'name', 'Name is required.'],
		[{ minValue: 'low' }, 'minValue', 'Lowest possible value must be a number, not "low".'],
		[{ maxValue: '0' }, 'maxValue', 'The highest value (0) must be above the lowest (0).'],
		[{ name: 'x'.repeat(121) }, 'name', 'Name is too long (120 characters at most).'],
		[{ maxValue: '' }, 'maxValue', 'Highest possible value is required.']
	])('refuses %o', (change, field, message) => {
		const checked = checkIndicator({ ...kpi, ...change }, new Set(['EGDI']));
		expect(checked.ok).toBe(false);
		if (!checked.ok) expect(translate('en', checked.errors[field])).toEqual(message);
	});

	it('refuses in the language of the page', () => {
		const checked = checkIndicator({ ...kpi, minValue: '0,5' }, new Set());
		expect(!checked.ok && translate('id', checked.errors.minValue)).toBe(
			'Nilai terendah yang mungkin harus berupa angka, bukan "0,5".'
		);
	});
});
