/** Plain long format: one value per row, iso3,year,indicator,value[,rank]. */
import {
	findColumns,
	has,
	knownCodes,
	readCountry,
	readNumber,
	readRank,
	readYear,
	requireColumns,
	truncate
} from './cells';
import { defineLayout, type ImportRecord, type MapContext, type RowMapper } from './define';

const LONG_COLUMNS = {
	country: ['iso3', 'country', 'country_code', 'iso', 'ref_area'],
	year: ['year'],
	indicator: ['indicator', 'indicator_code', 'code'],
	value: ['value'],
	rank: ['rank']
} as const;

function longMapper(header: string[], ctx: MapContext): RowMapper | null {
	const cols = findColumns(header, LONG_COLUMNS);
	if (!requireColumns(cols, LONG_COLUMNS, ['country', 'year', 'indicator', 'value'], ctx))
		return null;
	return (row, line, emit) => {
		const country = readCountry(row[cols.country], line, header[cols.country], ctx);
		const year = readYear(row[cols.year], line, header[cols.year], ctx);
		const code = (row[cols.indicator] ?? '').trim();
		const indicator = ctx.indicatorCode(code);
		if (!indicator) {
			ctx.issue(
				line,
				header[cols.indicator],
				`unknown indicator "${truncate(code)}"`,
				knownCodes()
			);
		}
		const value = readNumber(row[cols.value], line, header[cols.value], ctx);
		const rank =
			cols.rank === undefined ? undefined : readRank(row[cols.rank], line, header[cols.rank], ctx);
		if (country === null || year === null || !indicator || value === undefined) return;
		if (cols.rank !== undefined && rank === undefined) return;
		const record: ImportRecord = { indicator, country, year, value };
		if (cols.rank !== undefined) record.rank = rank;
		emit(record, header[cols.value]);
	};
}

export const long = defineLayout({
	name: 'long',
	description: 'one value per row: iso3,year,indicator,value[,rank]',
	detect: (header) =>
		has(findColumns(header, LONG_COLUMNS), ['country', 'year', 'indicator', 'value']),
	map: longMapper
});
