import { describe, expect, it } from 'vitest';
import { acknowledgedChecks, pageHref, valuesQuery } from './values-query';

const countries = new Set(['KHM', 'VNM']);
const indicators = ['EGDI', 'OSI'];
const query = (q: string) => valuesQuery(new URLSearchParams(q), countries, indicators);

describe('valuesQuery', () => {
	it('reads a known country (any case), a known indicator and a page', () => {
		expect(query('country=khm&indicator=EGDI&page=3')).toEqual({
			filter: { country: 'KHM', indicator: 'EGDI' },
			page: 3
		});
	});

	it('lists everything from page 1 for what it does not know', () => {
		expect(query("country=XXX&indicator=egdi'--&page=-2")).toEqual({ filter: {}, page: 1 });
		expect(query('page=1.5')).toEqual({ filter: {}, page: 1 });
		expect(query('')).toEqual({ filter: {}, page: 1 });
	});
});

describe('pageHref', () => {
	it('keeps the filter and leaves page 1 out', () => {
		expect(pageHref('/data/imports/4', { country: 'KHM' }, 2)).toBe(
			'/data/imports/4?country=KHM&page=2'
		);
		expect(pageHref('/data/imports/4', {}, 1)).toBe('/data/imports/4');
	});
});

describe('acknowledgedChecks', () => {
	it('finds the checks among the kept messages, and survives anything else', () => {
		const check = { kind: 'missing', country: 'KHM', year: 2026, previousYear: 2024, indicators: ['EGDI'] };
		expect(acknowledgedChecks(JSON.stringify([{ row: 3, message: 'kept as published' }, check]))).toEqual([
			check
		]);
		expect(acknowledgedChecks('not json')).toEqual([]);
		expect(acknowledgedChecks('{}')).toEqual([]);
	});
});
