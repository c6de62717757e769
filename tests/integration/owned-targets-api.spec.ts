import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deletePolicy } from '../../src/lib/server/db/policies';
import { seedPolicies } from '../../src/lib/server/seed-policies';
import { importFixture, tempDatabase } from '../helpers';

// The routes open the database named by DATABASE_URL when first imported.
const t = tempDatabase();
process.env.DATABASE_URL = t.path;
const sqlite = t.db.$client;

type Handler = (event: { url: URL }) => Response | Promise<Response>;
async function call(route: string, query = '') {
	const module = (await import(`../../src/routes/api/v1/${route}/+server.ts`)) as { GET: Handler };
	const response = await module.GET({ url: new URL(`http://test/api/v1/${route}${query}`) });
	return { status: response.status, text: await response.clone().text(), response };
}
const json = async (route: string, query = '') => JSON.parse((await call(route, query)).text);

beforeAll(async () => {
	await importFixture(t.db, 'un-egov-2022.csv');
	await importFixture(t.db, 'un-egov-2024-excel.csv');
	seedPolicies(t.db, 'data');
	sqlite
		.prepare(
			`UPDATE targets SET responsible_body = 'Ministry of Post and Telecommunications',
			 owner = 'Digital Government Committee', last_reviewed = '2024-01-10',
			 next_review = '2025-01-10' WHERE id = 1`
		)
		.run();
	sqlite.prepare("UPDATE targets SET next_review = '2099-01-01' WHERE id = 2").run();
	sqlite
		.prepare(
			"INSERT INTO entered_texts (entity, entity_id, field, locale, text) VALUES ('target', 1, 'note', 'km', 'កំណត់ចំណាំ')"
		)
		.run();
});
afterAll(() => t.close());

describe('GET /api/v1/targets: ownership, reviews, milestones, texts', () => {
	it('returns the owner, responsible body and review dates, an overdue review flagged', async () => {
		const [first, second, third] = await json('targets', '?country=KHM');
		expect(first).toMatchObject({
			responsibleBody: 'Ministry of Post and Telecommunications',
			owner: 'Digital Government Committee',
			lastReviewed: '2024-01-10',
			nextReview: '2025-01-10',
			reviewOverdue: true
		});
		expect(second).toMatchObject({ nextReview: '2099-01-01', reviewOverdue: false });
		expect(third).toMatchObject({ owner: '', nextReview: null, reviewOverdue: false });
	});

	it('lists the milestones serving each target and its texts in every language', async () => {
		const [first] = await json('targets', '?country=KHM');
		// Seeded: the approval of the Digital Government Policy serves its three example targets.
		expect(first.milestones).toEqual([2]);
		expect(first.texts).toEqual({
			note: { en: '', km: 'កំណត់ចំណាំ', id: null },
			narrative: { en: '', km: null, id: null }
		});
	});

	it('writes the texts as one column per field and language in CSV', async () => {
		const { text } = await call('targets', '?country=KHM&format=csv');
		const [header, row] = text.split('\n');
		expect(header).toContain('reviewOverdue,milestones,note.en,note.km,note.id,narrative.en');
		expect(row).toContain('true,2,,កំណត់ចំណាំ,');
	});
});

describe('GET /api/v1/milestones: component, targets, texts', () => {
	it('returns the targets a milestone serves and its title in every language', async () => {
		const body = await json('milestones');
		const approval = body.find((m: { id: number }) => m.id === 2);
		expect(approval).toMatchObject({ targets: [1, 2, 3], component: null });
		expect(approval.texts.title.km).toBe('គោលនយោបាយរដ្ឋាភិបាលឌីជីថល ២០២២–២០៣៥ ត្រូវបានអនុម័ត និងផ្សព្វផ្សាយ');
		expect(approval.texts.title.en).toBe(approval.title);
		expect(approval.texts.description.km).toBeNull();
	});
});

describe('deleting a policy', () => {
	it('deletes its milestones, targets, their links and their texts in other languages', () => {
		const count = (sql: string) => sqlite.prepare(sql).pluck().get();
		expect(count('SELECT count(*) FROM entered_texts')).toBeGreaterThan(0);
		deletePolicy(t.db, 2);
		expect(count('SELECT count(*) FROM milestone_targets')).toBe(0);
		expect(
			count("SELECT count(*) FROM entered_texts WHERE entity = 'policy' AND entity_id = 2")
		).toBe(0);
		// Left: the other policy's names and its launch milestone's Khmer title.
		expect(count("SELECT count(*) FROM entered_texts WHERE entity = 'policy'")).toBe(2);
		expect(
			count("SELECT group_concat(entity_id) FROM entered_texts WHERE entity = 'milestone'")
		).toBe('1');
		expect(count("SELECT count(*) FROM entered_texts WHERE entity = 'target'")).toBe(0);
	});
});
