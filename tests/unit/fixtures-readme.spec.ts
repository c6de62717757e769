import { expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../fixtures');

// The README's tables name each fixture in their first column: a file added, removed or
// renamed without its line there fails here.
it('tests/fixtures/README.md lists every fixture file, and only files that exist', () => {
	const listed = readFileSync(join(FIXTURES, 'README.md'), 'utf8')
		.split('\n')
		.map((line) => /^\| `([^`]+)` \|/.exec(line)?.[1])
		.filter((name): name is string => !!name)
		.sort();
	const present = (readdirSync(FIXTURES, { recursive: true }) as string[])
		.map((f) => f.split('\\').join('/'))
		.filter((f) => /\.(csv|ts)$/.test(f))
		.sort();
	expect(listed).toEqual(present);
});
