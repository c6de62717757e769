import type { EditionWarning } from '$lib/domain/edition-checks';

/** Values listed per page of an import's page. */
export const PAGE_SIZE = 100;

/**
 * The filter and page an address asks for (`?country=KHM&indicator=EGDI&page=2`): a country or
 * indicator only when it is known (anything else lists all), a page from 1.
 */
export function valuesQuery(
	params: URLSearchParams,
	countries: ReadonlySet<string>,
	indicators: readonly string[]
): { filter: { country?: string; indicator?: string }; page: number } {
	const country = params.get('country')?.trim().toUpperCase();
	const indicator = params.get('indicator')?.trim();
	const page = Number(params.get('page'));
	return {
		filter: {
			...(country && countries.has(country) ? { country } : {}),
			...(indicator && indicators.includes(indicator) ? { indicator } : {})
		},
		page: Number.isSafeInteger(page) && page >= 1 ? page : 1
	};
}

/** The checks' warnings among the messages kept with an import (JSON), acknowledged to publish it. */
export function acknowledgedChecks(messages: string): EditionWarning[] {
	try {
		const kept = JSON.parse(messages) as unknown;
		return Array.isArray(kept)
			? kept.filter((m): m is EditionWarning => typeof m === 'object' && !!m && 'kind' in m)
			: [];
	} catch {
		return [];
	}
}

/** The address of page `page` with the same filter. */
export function pageHref(
	path: string,
	filter: { country?: string; indicator?: string },
	page: number
): string {
	const params = new URLSearchParams();
	if (filter.country) params.set('country', filter.country);
	if (filter.indicator) params.set('indicator', filter.indicator);
	if (page > 1) params.set('page', String(page));
	const query = params.toString();
	return query ? `${path}?${query}` : path;
}
