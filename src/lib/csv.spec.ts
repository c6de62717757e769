import { describe, expect, it } from 'vitest';
import { csvLines, toCsv } from './csv';

describe('csv', () => {
	it('neutralises text cells a spreadsheet would run as formulas', () => {
		const csv = csvLines([
			['cell'],
			['=1+2'],
			['+cmd|"/c calc"!A0'],
			['-2+3'],
			['@SUM(A1:A2)'],
			['\tTAB'],
			['=HYPERLINK("http://example.com","x")']
		]);
		expect(csv.split('\n')).toEqual([
			'cell',
			"'=1+2",
			`"'+cmd|""/c calc""!A0"`,
			"'-2+3",
			"'@SUM(A1:A2)",
			"'\tTAB",
			`"'=HYPERLINK(""http://example.com"",""x"")"`,
			''
		]);
	});

	it('keeps numbers and signed numbers as data', () => {
		expect(
			csvLines([
				['a', 'b', 'c', 'd'],
				[-3, '+0.0698', '-3', 0.5]
			])
		).toBe('a,b,c,d\n-3,+0.0698,-3,0.5\n');
	});

	it('quotes commas, quotes and line breaks; writes missing and non-finite values empty', () => {
		expect(csvLines([['x,y', 'say "hi"', 'a\nb', null, undefined, NaN]])).toBe(
			'"x,y","say ""hi""","a\nb",,,\n'
		);
	});

	it('writes rows of objects under their column names', () => {
		expect(toCsv([{ iso3: 'KHM', name: '=evil()', egdi: 0.57536 }], ['iso3', 'name', 'egdi'])).toBe(
			"iso3,name,egdi\nKHM,'=evil(),0.57536\n"
		);
	});
});
