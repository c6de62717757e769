/** The UN Data Center download, EGOV_DATA_YYYY.csv: a row per country and edition. */
import { UN_INDICATOR_CODES, zeroMeansNoData } from '$lib/domain/indicators';
import { UN_INDICATOR_REGISTRY } from '$lib/domain/un-indicators';
import {
	findColumns,
	has,
	readCountry,
	readNumber,
	readRank,
	readYear,
	requireColumns
} from './cells';
import { defineLayout, type ImportRecord, type MapContext, type RowMapper } from './define';

/** The UN Data Center download: a row per country, a column per indicator (see un-indicators). */
const UN_COLUMNS: Record<string, readonly string[]> = {
	year: ['Survey Year', 'Year'],
	country: ['Country Name', 'Country'],
	rank: ['E-Government Rank', 'EGDI Rank', 'Rank'],
	...Object.fromEntries(UN_INDICATOR_REGISTRY.map((i) => [i.code, i.unColumns]))
};

function unEgovMapper(header: string[], ctx: MapContext): RowMapper | null {
	const cols = findColumns(header, UN_COLUMNS);
	if (!requireColumns(cols, UN_COLUMNS, ['year', 'country', 'EGDI'], ctx)) return null;
	// The EGDI first: its value says whether the row was assessed at all.
	const indicatorColumns = ['EGDI', ...UN_INDICATOR_CODES.filter((c) => c !== 'EGDI')].filter(
		(c) => cols[c] !== undefined
	);
	return (row, line, emit) => {
		const year = readYear(row[cols.year], line, header[cols.year], ctx);
		const country = readCountry(row[cols.country], line, header[cols.country], ctx);
		const values = indicatorColumns.map((c) =>
			readNumber(row[cols[c]], line, header[cols[c]], ctx)
		);
		const rank =
			cols.rank === undefined ? undefined : readRank(row[cols.rank], line, header[cols.rank], ctx);
		if (year === null || country === null || values.includes(undefined)) return;
		if (cols.rank !== undefined && rank === undefined) return;
		// An EGDI of exactly 0 means "not assessed": the EGDI and its rank are missing, not 0.
		// The other values the UN published for that row (an HCI or TII measured although the
		// online services were not) are kept when they are not 0; a 0 there is "no data".
		const notAssessed = values[0] === 0;
		indicatorColumns.forEach((indicator, i) => {
			const published = values[i] as number | null;
			const value =
				published === 0 && (notAssessed || zeroMeansNoData(indicator, year)) ? null : published;
			const record: ImportRecord = { indicator, country, year, value };
			if (indicator === 'EGDI' && cols.rank !== undefined) record.rank = notAssessed ? null : rank;
			emit(record, header[cols[indicator]]);
		});
	};
}

export const unEgov = defineLayout({
	name: 'un-egov',
	description: 'UN Data Center download EGOV_DATA_YYYY.csv',
	detect: (header) => has(findColumns(header, UN_COLUMNS), ['country', 'EGDI']),
	map: unEgovMapper
});
