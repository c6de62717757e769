import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPolicies } from '../../src/lib/server/seed-policies';
import { planOf, planScenario } from '../../src/lib/server/plan';
import { importFixture, tempDatabase } from '../helpers';

// The routes open the database named by DATABASE_URL when first imported.
const t = tempDatabase();
process.env.DATABASE_URL = t.path;

type Handler = (event: { url: URL }) => Response | Promise<Response>;
async function call(route: string, query = '') {
	const module = (await import(`../../src/routes/api/v1/${route}/+server.ts`)) as { GET: Handler };
	const response = await module.GET({ url: new URL(`http://test/api/v1/${route}${query}`) });
	return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
	await importFixture(t.db, 'un-egov-2022.csv');
	await importFixture(t.db, 'un-egov-2024-excel.csv');
});
afterAll(() => t.close());

describe('seeded policies', () => {
	it('are seeded once: deleting them does not bring them back', () => {
		expect(seedPolicies(t.db, 'data')).toBe(true);
		expect(seedPolicies(t.db, 'data')).toBe(false);
		const n = t.db.$client.prepare('SELECT count(*) AS n FROM policies').get();
		expect(n).toEqual({ n: 2 });
	});
});

describe('GET /api/v1/targets', () => {
	it('assesses each example target of Cambodia from the editions stored', async () => {
		const { status, body } = await call('targets', '?country=KHM');
		expect(status).toBe(200);
		expect(body).toHaveLength(3);
		for (const target of body) expect(target.isExample).toBe(true);
		const [level, rank, osi] = body;
		// EGDI 0.5056 (2022) → 0.57536 (2024), target 0.75 (Very High) in 2035:
		// observed (0.57536/0.5056)^(1/2) − 1 = 6.68 %, required (0.75/0.5056)^(1/13) − 1 = 3.08 %.
		expect(level).toMatchObject({ kind: 'level', target: 0.75, baseline: 0.5056, latest: 0.57536 });
		expect(level.observedCagr).toBeCloseTo(0.06676, 4);
		expect(level.requiredCagr).toBeCloseTo(0.0308, 4);
		expect(level.status).toBe('on_track');
		// Rank 127 → 120, target 100: lower is better.
		expect(rank).toMatchObject({
			measure: 'rank',
			baseline: 127,
			latest: 120,
			target: 100,
			status: 'on_track'
		});
		// OSI 0.4181 → 0.45034, target 0.75: observed (0.45034/0.4181)^(1/2) − 1 = 3.784 %,
		// required (0.75/0.4181)^(1/13) − 1 = 4.598 % → R = 0.823.
		// Projection 0.4181 · 1.03784^13 = 0.6776 in 2035: short of 0.75, as the status says.
		expect(osi.status).toBe('acceleration_needed');
		expect(osi.ratio).toBeCloseTo(0.823, 3);
		expect(osi).toMatchObject({ baselineEdition: 2022, projectionYear: 2035 });
		expect(osi.projection).toBeCloseTo(0.6776, 4);
		// EGDI 0.5056 · 1.06676^13 = 1.17: capped at the index's maximum, 1.
		expect(level.projection).toBe(1);
		// Rank 127 · (120/127)^(13/2) = 87.9: within 100.
		expect(rank.projection).toBeCloseTo(87.86, 1);
	});

	it('never states a projection that contradicts the status', async () => {
		const { body } = await call('targets');
		expect(body.length).toBeGreaterThan(0);
		for (const t of body) {
			if (t.status === 'unable_to_assess' || t.projection === null) continue;
			const meets = t.measure === 'rank' ? t.projection <= t.target : t.projection >= t.target;
			expect(meets, t.label).toBe(t.status === 'on_track' || t.status === 'achieved');
		}
	});

	it('refuses an unknown country and answers an empty list for a country without targets', async () => {
		expect((await call('targets', '?country=ATL')).status).toBe(400);
		expect((await call('targets', '?country=VNM')).body).toEqual([]);
	});
});

describe('the planner', () => {
	it('reaches each example target at the pace it says the target requires', () => {
		for (const id of [1, 2, 3]) {
			const plan = planOf(t.db, id)!;
			expect(plan.years).toEqual([2026, 2028, 2030, 2032, 2034, 2035]);
			expect(planScenario(plan, plan.requiredPaces).reaches, `target ${id}`).toBe(true);
			// The required path's EGDI is the mean of its components.
			for (const r of plan.required) {
				expect(r.egdi).toBeCloseTo(r.components.reduce((a, b) => a + b, 0) / 3, 12);
			}
		}
	});

	it('answers a scenario through the endpoint and refuses a bad pace', async () => {
		type Handler = (event: { url: URL; params: { id: string } }) => Response;
		const { GET } = (await import('../../src/routes/api/v1/targets/[id]/plan/+server')) as {
			GET: Handler;
		};
		const at = (query: string) =>
			GET({ url: new URL(`http://test/api/v1/targets/3/plan${query}`), params: { id: '3' } });
		const rows = await at('?osi=0.03&tii=0&hci=0').json();
		// OSI 0.45034 + 11 · 0.03 = 0.78034 in 2035, above the target 0.75.
		expect(rows.at(-1)).toMatchObject({ year: 2035, osiPace: 0.03, reachesTarget: true });
		expect(rows.at(-1).osi).toBeCloseTo(0.78034, 5);
		expect(rows.at(-1).egdi).toBeCloseTo((0.78034 + rows.at(-1).tii + rows.at(-1).hci) / 3, 12);
		expect(at('?osi=1').status).toBe(400);
	});
});

describe('GET /api/v1/milestones', () => {
	it('lists milestones by date, with their status', async () => {
		const { body } = await call('milestones');
		expect(body.map((m: { date: string }) => m.date)).toEqual([
			'2021-06-01',
			'2022-02-04',
			'2024-03-11'
		]);
		expect(body[2]).toMatchObject({
			title: 'First Digital Government Forum',
			status: 'done',
			overdue: false
		});
	});

	it('flags a past milestone that is not done as delayed', async () => {
		t.db.$client
			.prepare(
				"INSERT INTO milestones (policy_id, date, title, status) VALUES (2, '2020-01-01', 'Old plan', 'planned')"
			)
			.run();
		const { body } = await call('milestones', '?policy=2');
		expect(body[0]).toMatchObject({
			title: 'Old plan',
			status: 'delayed',
			enteredStatus: 'planned',
			overdue: true
		});
	});

	it('refuses a policy that does not exist', async () => {
		const { status, body } = await call('milestones', '?policy=99');
		expect(status).toBe(400);
		expect(body.parameter).toBe('policy');
	});
});
