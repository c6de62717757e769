import { describe, expect, it } from 'vitest';
import { createReadStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UnreadableFileError } from './errors';
import {
	chooseLayout,
	describeLayouts,
	detectLayout,
	isLayoutName,
	LAYOUT_REGISTRY,
	LAYOUTS
} from './layouts';
import { parseCsv } from './parse';

const FIXTURES = join(import.meta.dirname, '../../../../tests/fixtures');

/** The header of a fixture as the pipeline sees it (BOM and spaces removed by the parser). */
async function headerOf(name: string): Promise<string[]> {
	let header: string[] = [];
	await parseCsv(createReadStream(join(FIXTURES, name)), {
		onHeader: (fields) => (header = fields),
		onRows: () => {}
	});
	return header;
}

// Each good fixture is named after its layout (un-egov-2022.csv, long-update.csv…), so a new
// layout without a fixture, or a fixture that no layout claims, fails here.
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.csv'));
const layoutOfName = (file: string) =>
	LAYOUTS.find((name) => file === `${name}.csv` || file.startsWith(`${name}-`));

describe('the layout registry', () => {
	it('has a fixture for every layout, and every fixture belongs to one', () => {
		for (const name of LAYOUTS) {
			expect(
				fixtures.filter((f) => layoutOfName(f) === name),
				name
			).not.toEqual([]);
		}
		expect(fixtures.filter((f) => !layoutOfName(f))).toEqual([]);
	});

	it.each(fixtures)('detects the layout of %s from its header, and only that one', async (file) => {
		const header = await headerOf(file);
		expect(detectLayout(header)).toBe(layoutOfName(file));
		// A header two layouts accept would depend on the registry's order: none should.
		expect(LAYOUT_REGISTRY.filter((l) => l.detect(header)).map((l) => l.name)).toEqual([
			layoutOfName(file)
		]);
	});

	it('refuses a header of no known layout, naming every layout', () => {
		const header = ['Land', 'Jahr', 'Wert'];
		expect(detectLayout(header)).toBeNull();
		expect(() => chooseLayout(header, 'auto')).toThrow(UnreadableFileError);
		expect(() => chooseLayout(header)).toThrow(
			`Unrecognised layout. The header "Land,Jahr,Wert" matches none of: ${LAYOUTS.join(', ')}.`
		);
		for (const name of LAYOUTS) expect(() => chooseLayout(header)).toThrow(name);
	});

	it('takes a layout asked for by name without looking at the header', () => {
		for (const name of LAYOUTS) expect(chooseLayout(['Land'], name)).toBe(name);
	});

	it('knows the registered names and nothing else', () => {
		expect(LAYOUTS).toEqual(LAYOUT_REGISTRY.map((l) => l.name));
		expect(new Set(LAYOUTS).size).toBe(LAYOUTS.length);
		for (const name of LAYOUTS) expect(isLayoutName(name)).toBe(true);
		for (const text of ['auto', 'excel', '', 'UN-EGOV']) expect(isLayoutName(text)).toBe(false);
	});

	it('describes every layout on a line of its own, for usage texts', () => {
		const lines = describeLayouts().split('\n');
		expect(lines).toHaveLength(LAYOUT_REGISTRY.length);
		LAYOUT_REGISTRY.forEach((layout, i) => {
			expect(layout.description).not.toBe('');
			const [name, ...rest] = lines[i].trim().split(/ {2,}/);
			expect([name, rest.join('  ')]).toEqual([layout.name, layout.description]);
		});
	});
});
