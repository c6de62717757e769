import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UN_INDICATOR_CODES } from '../../src/lib/domain/indicators';
import { importFixture, tempDatabase } from '../helpers';

// The routes open the database named by DATABASE_URL when first imported.
const t = tempDatabase();
process.env.DATABASE_URL = t.path;

type Handler = (event: { url: URL }) => Response | Promise<Response>;
async function call(route: string, query = '') {
	const module = (await import(`../../src/routes/api/v1/${route}/+server.ts`)) as { GET: Handler };
	const response = await module.GET({ url: new URL(`http://test/api/v1/${route}${query}`) });
	const type = response.headers.get('content-type') ?? '';
	return {
		status: response.status,
		type,
		body: type.includes('json') ? await response.json() : await response.text()
	};
}

beforeAll(async () => {
	for (const f of ['un-egov-2022.csv', 'un-egov-2003.csv', 'un-egov-2024-excel.csv'])
		await importFixture(t.db, f);
});
afterAll(() => t.close());

describe('GET /api/v1/observations', () => {
	it('answers one country in one edition', async () => {
		const { status, body } = await call('observations', '?indicator=EGDI&year=2024&country=KHM');
		expect(status).toBe(200);
		// The 2024 fixture holds Denmark and Cambodia only: Cambodia is second of the two, and
		// the one country of the High group, so the last quartile of it, H1.
		expect(body).toEqual([
			{
				country: 'KHM',
				year: 2024,
				indicator: 'EGDI',
				value: 0.57536,
				rank: 120,
				computedRank: 2,
				levelGroup: 'High',
				ratingClass: 'H1',
				ratingClassRule: 'H1'
			}
		]);
	});

	it('takes country names as the import reads them, and refuses unknown ones by name', async () => {
		const { body } = await call('observations', '?indicator=EGDI&year=2022&country=Vietnam, Laos');
		expect(body.map((r: { country: string }) => r.country)).toEqual(['LAO', 'VNM']);
		const refused = await call('observations', '?country=Vietnam,Atlantis');
		expect(refused.status).toBe(400);
		expect(refused.body.error).toMatch('Atlantis');
	});

	it('gives null for values not assessed', async () => {
		const { body } = await call('observations', '?indicator=OSI&year=2003&country=IRQ,khm');
		const none = { levelGroup: null, ratingClass: null, ratingClassRule: null };
		expect(body).toEqual([
			{
				country: 'IRQ',
				year: 2003,
				indicator: 'OSI',
				value: null,
				rank: null,
				computedRank: null,
				...none
			},
			// Ranked among the fixture's 2003 OSI values (Cambodia 0.12663, Palau 0.0262).
			{
				country: 'KHM',
				year: 2003,
				indicator: 'OSI',
				value: 0.12663,
				rank: null,
				computedRank: 1,
				...none
			}
		]);
	});

	it('answers CSV with format=csv', async () => {
		const { type, body } = await call(
			'observations',
			'?indicator=EGDI&year=2003&country=IRQ,KHM&format=csv'
		);
		expect(type).toMatch(/text\/csv/);
		expect(body).toBe(
			'country,year,indicator,value,rank,computedRank,levelGroup,ratingClass,ratingClassRule\n' +
				'IRQ,2003,EGDI,,,,,,\nKHM,2003,EGDI,0.26369,134,1,Middle,,\n'
		);
	});

	it.each([
		['?indicator=XYZ', 'indicator'],
		['?year=twenty', 'year'],
		['?country=KHM,ATL', 'country'],
		['?format=xml', 'format'],
		['?countries=KHM', 'countries']
	])('refuses %s with 400 naming the parameter', async (query, parameter) => {
		const { status, body } = await call('observations', query);
		expect(status).toBe(400);
		expect(body.parameter).toBe(parameter);
		expect(body.error).toMatch(parameter);
	});
});

describe('GET /api/v1/aggregates', () => {
	it('summarises by region, leaving missing values out', async () => {
		const { body } = await call('aggregates', '?indicator=EGDI&year=2003&by=region');
		const asia = body.find((g: { group: string }) => g.group === 'Asia');
		// Cambodia 0.26369 and Palau (Oceania); Iraq not assessed.
		expect(asia).toEqual({
			group: 'Asia',
			mean: 0.26369,
			median: 0.26369,
			min: 0.26369,
			max: 0.26369,
			n: 1,
			members: 2
		});
	});

	it('summarises the world and custom groups', async () => {
		const world = await call('aggregates', '?indicator=EGDI&year=2022&by=world');
		expect(world.body).toEqual([expect.objectContaining({ group: 'World', n: 8 })]);
		const groups = await call('aggregates', '?indicator=EGDI&year=2022&by=group');
		// The fixture's 2022 countries: Cambodia, Lao PDR, South Sudan are LDCs; Lao PDR and
		// South Sudan LLDCs; Cambodia, Lao PDR and Viet Nam in ASEAN.
		expect(groups.body.map((g: { group: string; n: number }) => [g.group, g.n])).toEqual([
			['ASEAN', 3],
			['LDC', 3],
			['LLDC', 2]
		]);
	});

	it('answers by=ldc, lldc and sids with the members of that edition', async () => {
		const ldc = await call('aggregates', '?indicator=EGDI&year=2022&by=ldc');
		expect(ldc.body).toEqual([expect.objectContaining({ group: 'LDC', n: 3, members: 3 })]);
		expect((await call('aggregates', '?indicator=EGDI&year=2022&by=LLDC')).body).toEqual([
			expect.objectContaining({ group: 'LLDC', n: 2 })
		]);
		expect((await call('aggregates', '?indicator=EGDI&year=2022&by=sids')).body).toEqual([]);
	});

	it('names the income classification in every answer by income', async () => {
		const { body } = await call('aggregates', '?indicator=EGDI&year=2022&by=income');
		expect(body.length).toBeGreaterThan(0);
		for (const g of body)
			expect(g.classification).toMatch(/World Bank income groups of about 2018/);
	});

	it('needs indicator and year', async () => {
		expect((await call('aggregates', '?year=2024')).body.parameter).toBe('indicator');
		expect((await call('aggregates', '?indicator=EGDI')).body.parameter).toBe('year');
		expect((await call('aggregates', '?indicator=EGDI&year=2024&by=planet')).status).toBe(400);
	});
});

describe('GET /api/v1/countries and /indicators', () => {
	it('lists the 193 Member States with M49 regions and ISO numeric codes', async () => {
		const { body } = await call('countries');
		expect(body).toHaveLength(193);
		expect(body.find((c: { iso3: string }) => c.iso3 === 'KHM')).toEqual({
			iso3: 'KHM',
			isoNumeric: '116',
			name: 'Cambodia',
			region: 'Asia',
			subregion: 'South-eastern Asia',
			incomeGroup: 'Lower-Middle',
			incomeClassification: expect.stringMatching(/^World Bank income groups of about 2018/),
			groups: 'ASEAN LDC',
			memberships: [
				{ group: 'ASEAN', from: null, until: null },
				{ group: 'LDC', from: '1991', until: null }
			]
		});
		// Bhutan graduated from the LDCs on 13 December 2023 (data/country-groups.csv).
		expect(body.find((c: { iso3: string }) => c.iso3 === 'BTN').memberships).toEqual([
			{ group: 'LDC', from: '1971', until: '2023-12-13' },
			{ group: 'LLDC', from: null, until: null }
		]);
	});

	it('lists the UN indicators in order', async () => {
		const { body } = await call('indicators');
		// As defined in src/lib/domain/un-indicators.ts: EGDI, OSI, TII, HCI, EPI.
		expect(body.map((i: { code: string }) => i.code)).toEqual(UN_INDICATOR_CODES);
		expect(UN_INDICATOR_CODES.slice(0, 5)).toEqual(['EGDI', 'OSI', 'TII', 'HCI', 'EPI']);
	});
});
