import { describe, expect, it } from 'vitest';
import {
	formatChange,
	formatIndex,
	formatPercentChange,
	formatPlaces,
	formatPlain,
	formatValue
} from './format';

describe('format', () => {
	it('writes an index with four decimals, and a dash when missing', () => {
		expect(formatIndex(0.57536)).toBe('0.5754');
		expect(formatIndex(0)).toBe('0.0000');
		expect(formatIndex(null)).toBe('—');
		expect(formatIndex(undefined)).toBe('—');
	});

	it('signs changes with a true minus sign', () => {
		expect(formatChange(0.57536 - 0.5056)).toBe('+0.0698');
		expect(formatChange(0.40202 - 0.4372)).toBe('−0.0352');
		expect(formatPlaces(127 - 120)).toBe('+7');
		expect(formatPlaces(139 - 158)).toBe('−19');
		expect(formatPercentChange(0.031)).toBe('+3.1%');
		expect(formatPercentChange(-0.0123)).toBe('−1.2%');
		for (const f of [formatChange, formatPlaces, formatPercentChange]) expect(f(null)).toBe('—');
	});

	it('writes a value as its unit shows it', () => {
		expect(formatValue(0.57536)).toBe('0.5754');
		expect(formatValue(0.57536, 'index (0–1)')).toBe('0.5754');
		expect(formatValue(120, 'rank')).toBe('120');
		expect(formatValue(1234.5, 'percent')).toBe('1,234.5');
		expect(formatValue(null, 'rank')).toBe('—');
	});

	it("writes numbers with the language's separators, English by default", () => {
		expect(formatIndex(0.57536, 'id')).toBe('0,5754');
		expect(formatChange(-0.0352, 'id')).toBe('−0,0352');
		expect(formatPercentChange(0.031, 'id')).toBe('+3,1%');
		expect(formatValue(1234.5, 'percent', 'id')).toBe('1.234,5');
		expect(formatValue(120, 'rank', 'id')).toBe('120');
		expect(formatPlaces(7, 'km')).toBe('+7');
		expect(formatIndex(0.57536, 'km')).toMatch(/^0[.,]5754$/);
		expect(formatPlain(0.2)).toBe('0.2');
		expect(formatPlain(0.2, 'id')).toBe('0,2');
		expect(formatPlain(2024, 'id')).toBe('2024');
		expect(formatIndex(null, 'id')).toBe('—');
	});
});
