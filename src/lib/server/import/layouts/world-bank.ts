/** The World Bank Data360 wide export: a row per country and indicator, a column per year. */
import { YEAR_RANGE } from '$lib/domain/indicators';
import { UN_INDICATOR_REGISTRY } from '$lib/domain/un-indicators';
import {
	findColumns,
	has,
	knownCodes,
	readCountry,
	readNumber,
	requireColumns,
	truncate
} from './cells';
import { defineLayout, type MapContext, type RowMapper } from './define';

const WORLD_BANK_COLUMNS = { area: ['REF_AREA'], indicator: ['INDICATOR'] } as const;

/** World Bank Data360 codes of the UN indices (the TII is spelled TTI there), to our codes. */
const WORLD_BANK_CODES: ReadonlyMap<string, string> = new Map(
	UN_INDICATOR_REGISTRY.flatMap((i) => i.worldBankCodes.map((wb) => [wb.toUpperCase(), i.code]))
);

function worldBankMapper(header: string[], ctx: MapContext): RowMapper | null {
	const cols = findColumns(header, WORLD_BANK_COLUMNS);
	if (!requireColumns(cols, WORLD_BANK_COLUMNS, ['area', 'indicator'], ctx)) return null;
	const yearColumns = header
		.map((h, i) => ({ year: Number(h), i }))
		.filter(
			({ year }) => Number.isInteger(year) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max
		);
	if (yearColumns.length === 0) {
		ctx.issue(1, null, 'no year columns (e.g. "2024") in the header');
		return null;
	}
	return (row, line, emit) => {
		const country = readCountry(row[cols.area], line, header[cols.area], ctx);
		const code = (row[cols.indicator] ?? '').trim();
		const indicator = WORLD_BANK_CODES.get(code.toUpperCase()) ?? ctx.indicatorCode(code);
		if (!indicator) {
			ctx.issue(
				line,
				header[cols.indicator],
				`unknown indicator "${truncate(code)}"`,
				knownCodes()
			);
		}
		for (const { year, i } of yearColumns) {
			const value = readNumber(row[i], line, header[i], ctx);
			// The World Bank export writes 0.0 where the UN has no value.
			if (country && indicator && value !== undefined) {
				emit({ indicator, country, year, value: value === 0 ? null : value }, header[i]);
			}
		}
	};
}

export const worldBankWide = defineLayout({
	name: 'worldbank-wide',
	description: 'World Bank Data360 wide export (REF_AREA, INDICATOR, one column per year)',
	detect: (header) => has(findColumns(header, WORLD_BANK_COLUMNS), ['area', 'indicator']),
	map: worldBankMapper
});
