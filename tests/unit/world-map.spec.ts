import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import layout from '../../src/lib/charts/world-map-layout.json';

// The generated map assets (scripts/build-map.ts) against the 193 UN Member States.
const members = Papa.parse<{ iso3: string; iso_numeric: string }>(
	readFileSync('data/countries.csv', 'utf8'),
	{ header: true, skipEmptyLines: 'greedy' }
).data;
const sprite = readFileSync('static/world-map.svg', 'utf8');
const points: Record<string, { x: number; y: number; small: boolean } | undefined> =
	layout.countries;
const shapes = new Map(
	[...sprite.matchAll(/<path id="c(\d{3})" d="([^"]+)"\/>/g)].map((m) => [m[1], m[2]])
);

/** Bounding box of the build script's path data: absolute M, then relative pairs, then z. */
function bounds(d: string) {
	const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
	for (const ring of d.split('M').filter(Boolean)) {
		const numbers = (ring.match(/-?[\d.]+/g) ?? []).map(Number);
		let [x, y] = numbers;
		for (let i = 0; i < numbers.length; i += 2) {
			if (i > 0) [x, y] = [x + numbers[i], y + numbers[i + 1]];
			[box.x0, box.y0] = [Math.min(box.x0, x), Math.min(box.y0, y)];
			[box.x1, box.y1] = [Math.max(box.x1, x), Math.max(box.y1, y)];
		}
	}
	return box;
}

describe('world map assets', () => {
	it('covers the 193 Member States', () => {
		expect(members).toHaveLength(193);
		expect(Object.keys(layout.countries).sort()).toEqual(members.map((m) => m.iso_numeric).sort());
	});

	it('gives every state a shape, or a symbol if it has none', () => {
		for (const { iso3, iso_numeric: id } of members) {
			const missing = layout.missing.includes(id);
			expect(shapes.has(id), iso3).toBe(!missing);
			if (missing) expect(points[id]?.small, iso3).toBe(true);
		}
		expect(shapes.has('010')).toBe(false); // Antarctica is not drawn
		expect(shapes.size).toBe(sprite.match(/<path id="c/g)?.length);
	});

	it('places every point inside the viewBox, on its own state', () => {
		const symbol = 4; // radius 3.5 plus half the outline
		for (const { iso3, iso_numeric: id } of members) {
			const { x, y } = points[id]!;
			expect(x, iso3).toBeGreaterThanOrEqual(symbol);
			expect(x, iso3).toBeLessThanOrEqual(layout.width - symbol);
			expect(y, iso3).toBeGreaterThanOrEqual(symbol);
			expect(y, iso3).toBeLessThanOrEqual(layout.height - symbol);
			const d = shapes.get(id);
			if (!d) continue;
			const box = bounds(d);
			expect(x >= box.x0 - 1 && x <= box.x1 + 1 && y >= box.y0 - 1 && y <= box.y1 + 1, iso3).toBe(
				true
			);
		}
	});

	it('makes Singapore findable', () => {
		const singapore = points['702']!;
		expect(singapore.small).toBe(true);
		const box = bounds(shapes.get('702')!);
		expect(box.x1 - box.x0).toBeLessThan(2); // too small to see, hence the symbol
		expect(Math.abs(singapore.x - (box.x0 + box.x1) / 2)).toBeLessThan(1);
		expect(Math.abs(singapore.y - (box.y0 + box.y1) / 2)).toBeLessThan(1);
	});

	it('leaves paint to the <use> and stays within its size budget', () => {
		expect(sprite).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 960 \d+">/);
		expect(sprite).toContain(`viewBox="${layout.viewBox}"`);
		expect(sprite).toMatch(/<title>[^<]+<\/title>/);
		expect(sprite).not.toMatch(/<path[^>]* (fill|stroke|style|class)=/);
		expect(sprite.length).toBeLessThan(120_000);
		expect(gzipSync(sprite).length).toBeLessThan(40_000);
	});
});
