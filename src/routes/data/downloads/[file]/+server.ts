import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { translate } from '$lib/i18n/translate';
import { db } from '$lib/server/db';
import {
	countriesCsv,
	datapackage,
	groupsCsv,
	observationsCsv,
	parseFileName
} from '../../downloads';
import { downloadRows } from '../../downloads.server';

const csv = (body: string, name: string) =>
	new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}"`
		}
	});

/**
 * GET /data/downloads/<file>: `dataset.csv`, `<CODE>.csv` (every edition of an indicator),
 * `<CODE>-<YEAR>.csv` (one edition), `country-list.csv`, `country-groups.csv`, `datapackage.json`.
 * Open to anyone who may read the dashboard.
 */
export const GET: RequestHandler = ({ params, locals }) => {
	const missing = (): never => error(404, translate(locals.locale, 'data.downloads.missing', { file: params.file }));
	const file = parseFileName(params.file) ?? missing();
	const rows = downloadRows(db);
	switch (file.kind) {
		case 'dataset':
			return csv(observationsCsv(rows), params.file);
		case 'countries':
			return csv(countriesCsv(rows), params.file);
		case 'groups':
			return csv(groupsCsv(rows), params.file);
		case 'metadata':
			return json(datapackage(rows), {
				headers: { 'content-disposition': 'attachment; filename="datapackage.json"' }
			});
		case 'indicator': {
			const indicator = rows.indicators.find((i) => i.code === file.code.toUpperCase());
			const has = rows.editions.some(
				(e) => e.indicator === indicator?.code && (file.year === null || e.year === file.year)
			);
			if (!indicator || !has) return missing();
			return csv(observationsCsv(rows, { indicator: indicator.code, year: file.year }), params.file);
		}
	}
};
