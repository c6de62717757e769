import { readFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { seedPolicies } from '../../src/lib/server/seed-policies';
import { tempDatabase } from '../helpers';

// Migration 0005: the seeded examples' English notes go (pages write the note in the reader's
// language); what users typed stays.
const t = tempDatabase();
afterAll(() => t.close());

it('empties the old English note of seeded examples only', () => {
	seedPolicies(t.db, 'data');
	const sqlite = t.db.$client;
	const old =
		'Example target: EGDI in the Very High group by 2035. Replace it with the official one.';
	const [first, second, third] = sqlite.prepare('SELECT id FROM targets ORDER BY id').pluck().all();
	const note = sqlite.prepare('UPDATE targets SET note = ?, is_example = ? WHERE id = ?');
	note.run(old, 1, first);
	note.run('Our own note.', 1, second);
	note.run(old, 0, third);

	sqlite.exec(readFileSync('migrations/0005_example_notes.sql', 'utf8'));

	const notes = sqlite.prepare('SELECT note FROM targets ORDER BY id').pluck().all();
	expect(notes.slice(0, 3)).toEqual(['', 'Our own note.', old]);
});
