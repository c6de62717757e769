import { formatLocale } from 'd3-format';
import { describe, expect, it } from 'vitest';
import { numberFormat, numberLocale } from './numbers';

const SPECIFIERS = [
	'.1f',
	'.2f',
	'.3f',
	'.4f',
	'+.4f',
	'd',
	'+d',
	',d',
	'+.1%',
	'.0%',
	',.4~f',
	'.4~f',
	'~g',
	'g',
	'.3g',
	'',
	',.2f',
	'f'
];
const VALUES = [
	0,
	-0,
	0.5,
	1,
	-1,
	0.00004,
	-0.00004,
	-0.00006,
	0.12345,
	0.99995,
	1.5,
	2.5,
	-2.5,
	12.3456789,
	1234.5,
	-1234.5678,
	1234567.891,
	0.1 + 0.2,
	1e-7,
	-1e-7,
	123456789012,
	1e21,
	3e21,
	0.031,
	-0.031,
	99.99999,
	NaN,
	Infinity,
	-Infinity
];
const SYMBOLS = [
	{ decimal: '.', thousands: ',', minus: '−' },
	{ decimal: ',', thousands: '.', minus: '−' },
	{ decimal: ',', thousands: '\u202f', minus: '-' }
];

describe('numberFormat', () => {
	it.each(SYMBOLS.map((s) => [`${s.decimal} ${s.thousands}`, s]))(
		'writes every specifier in use as d3-format does (%s)',
		(_, symbols) => {
			const d3 = formatLocale({ ...symbols, grouping: [3], currency: ['', ''], percent: '%' });
			for (const specifier of SPECIFIERS) {
				const ours = numberFormat(specifier, symbols);
				const theirs = d3.format(specifier);
				for (const value of VALUES)
					expect(ours(value), `${specifier} ${value}`).toBe(theirs(value));
			}
		}
	);

	it('refuses a specifier it does not implement rather than writing a wrong number', () => {
		for (const specifier of ['$,.2f', '>10d', '.2s', 'x', '08.2f', '.2e']) {
			expect(() => numberFormat(specifier), specifier).toThrow(/Unsupported/);
		}
	});

	it('writes each language with its own marks', () => {
		expect(numberLocale('en').format(',.2f')(-1234.5)).toBe('−1,234.50');
		expect(numberLocale('id').format(',.2f')(-1234.5)).toBe('−1.234,50');
		expect(numberLocale('en').format('+.1%')(0.031)).toBe('+3.1%');
	});
});
