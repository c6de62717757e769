/**
 * Regenerates the world map assets from Natural Earth 1:50m (world-atlas):
 *   npx tsx scripts/build-map.ts
 * - static/world-map.svg: an SVG sprite, one unstyled `<path id="c116">` per UN Member State
 *   (id = "c" + ISO 3166-1 numeric) plus `<path id="land">` for the other territories, so
 *   WorldMap.svelte can colour each with `<use fill>` and the geometry never enters the JS bundle.
 * - src/lib/charts/world-map-layout.json: the viewBox, the states with no shape in the sprite
 *   (`missing`) and, for each of the 193, a symbol point and whether it is too small to see;
 *   small enough for the component to import.
 * Equal Earth projection, fitted to 960 units wide, Antarctica dropped; the height follows.
 * Deterministic: same input, same bytes.
 */
import { geoArea, geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import Papa from 'papaparse';
import * as prettier from 'prettier';
import { feature, merge } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type {
	GeometryObject,
	MultiPolygon,
	Objects,
	Polygon,
	Topology
} from 'topojson-specification';
import worldCountries from 'world-countries';
import { readFileSync, writeFileSync } from 'node:fs';

const WIDTH = 960;
const PAD = 8; // keeps the symbols of states near the antimeridian (Tuvalu, Kiribati) inside
// Share of inner arc points kept: coasts still look right at 1440 px, the file stays ~95 KB.
const KEEP = 0.12;
// Islands smaller than this (viewBox units²) are invisible at 1440 px wide and are dropped.
const MIN_RING_AREA = 0.15;
// Below this projected area (units², about 27 px² at 1440 px) a state gets a symbol.
const SMALL_AREA = 12;
const ANTARCTICA = '010';

type Ring = [number, number][];
type Polygons = { type: 'MultiPolygon'; coordinates: Ring[][] };

const members = Papa.parse<{ iso3: string; iso_numeric: string; name: string }>(
	readFileSync('data/countries.csv', 'utf8'),
	{ header: true, skipEmptyLines: 'greedy' }
).data;
const topology = JSON.parse(
	readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')
) as Topology<Objects>;
const geometries = (topology.objects.countries as { geometries: GeometryObject[] }).geometries;
const memberIds = new Set(members.map((m) => m.iso_numeric));

const presimplified = presimplify(topology);
// Closed arcs (islands, enclaves) keep their two heaviest inner points, so no ring collapses.
for (const arc of presimplified.arcs as [number, number, number][][]) {
	const [first, last] = [arc[0], arc[arc.length - 1]];
	if (arc.length < 4 || first[0] !== last[0] || first[1] !== last[1]) continue;
	const inner = arc.slice(1, -1).sort((a, b) => b[2] - a[2]);
	for (const point of inner.slice(0, 2)) point[2] = Infinity;
}
const simple = simplify(presimplified, quantile(presimplified, KEEP));

const polygonsOf = (t: Topology<Objects>, ids: (id: string | undefined) => boolean): Polygons => ({
	type: 'MultiPolygon',
	coordinates: geometries
		.filter((g) => ids(g.id as string | undefined))
		.flatMap((g) => {
			const f = feature(t, g) as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
			return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
		}) as Ring[][]
});

// Simplification can turn a tiny ring inside out, which d3-geo would read as "the whole globe
// minus the island": exterior rings must enclose less than a hemisphere, holes more.
let flipped = 0;
function fixWinding(p: Polygons): Polygons {
	for (const polygon of p.coordinates)
		polygon.forEach((ring, i) => {
			if (geoArea({ type: 'Polygon', coordinates: [ring] }) > 2 * Math.PI !== i > 0) {
				ring.reverse();
				flipped++;
			}
		});
	return p;
}

const everything = polygonsOf(topology, (id) => id !== ANTARCTICA);
const projection = geoEqualEarth().fitWidth(WIDTH - 2 * PAD, everything);
const [tx, ty] = projection.translate();
projection.translate([tx + PAD, ty + PAD]);
const path = geoPath(projection);
const HEIGHT = Math.ceil(path.bounds(everything)[1][1] + PAD);

/** Projects to tenths of a unit, drops repeated points and specks, writes compact path data. */
function pathData(shape: GeoPermissibleObjects): string {
	const rings: [number, number][][] = [];
	let ring: [number, number][] = [];
	const round = (x: number, y: number): [number, number] => [
		Math.round(x * 10),
		Math.round(y * 10)
	];
	geoPath(projection, {
		moveTo: (x, y) => rings.push((ring = [round(x, y)])),
		lineTo: (x, y) => {
			const [px, py] = ring[ring.length - 1];
			const p = round(x, y);
			if (p[0] !== px || p[1] !== py) ring.push(p);
		},
		closePath: () => {},
		beginPath: () => {},
		arc: () => {}
	})(shape);
	const area = (r: [number, number][]) =>
		Math.abs(
			r.reduce((s, [x, y], i) => s + x * r[(i + 1) % r.length][1] - r[(i + 1) % r.length][0] * y, 0)
		) / 200;
	const kept = rings.filter((r) => r.length > 2);
	// A state made only of specks (Nauru, the Marshall Islands) keeps them all: its symbol marks it.
	const visible = kept.some((r) => area(r) >= MIN_RING_AREA)
		? kept.filter((r) => area(r) >= MIN_RING_AREA)
		: kept;
	const num = (tenths: number) => (tenths / 10).toString().replace(/^(-?)0\./, '$1.');
	const pair = (x: number, y: number) => {
		const sy = num(y);
		return `${num(x)}${sy.startsWith('-') ? '' : ' '}${sy}`;
	};
	return visible
		.map((r) => {
			const steps = r.slice(1).map(([x, y], i) => pair(x - r[i][0], y - r[i][1]));
			return `M${pair(r[0][0], r[0][1])}l${steps.join(' ').replace(/ -/g, '-')}z`;
		})
		.join('');
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const layout: Record<string, { x: number; y: number; small: boolean }> = {};
// Territories that are not Member States (Greenland, Western Sahara, Taiwan…) as one backdrop.
const others = geometries.filter((g) => g.id !== ANTARCTICA && !memberIds.has(g.id as string));
const land = merge(simple, others as (Polygon | MultiPolygon)[]) as Polygons;
const paths = [`<path id="land" d="${pathData(fixWinding(land))}"/>`];
const small: string[] = [];
const missing: string[] = [];
for (const m of [...members].sort((a, b) => a.iso_numeric.localeCompare(b.iso_numeric))) {
	const id = m.iso_numeric;
	const original = polygonsOf(topology, (other) => other === id);
	if (original.coordinates.length === 0) {
		const latlng = worldCountries.find((c) => c.ccn3 === id)?.latlng;
		if (!latlng) throw new Error(`${m.iso3} ${id} is neither in world-atlas nor world-countries`);
		const [x, y] = projection([latlng[1], latlng[0]])!;
		layout[id] = { x: round1(x), y: round1(y), small: true };
		missing.push(id);
		small.push(`${m.iso3} ${m.name} (missing from the 50m map)`);
		continue;
	}
	const parts = original.coordinates.map((p) => ({ type: 'Polygon' as const, coordinates: p }));
	const largest = parts.reduce((a, b) => (path.area(b) > path.area(a) ? b : a));
	const [x, y] = path.centroid(largest);
	const area = path.area(original);
	layout[id] = { x: round1(x), y: round1(y), small: area < SMALL_AREA };
	if (area < SMALL_AREA) small.push(`${m.iso3} ${m.name} (${area.toFixed(1)} units²)`);
	paths.push(
		`<path id="c${id}" d="${pathData(fixWinding(polygonsOf(simple, (other) => other === id)))}"/>`
	);
}

const viewBox = `0 0 ${WIDTH} ${HEIGHT}`;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">
<title>UN Member States, Equal Earth projection (Natural Earth 1:50m, simplified)</title>
<g fill="#c9ced6" stroke="#fff" stroke-width=".3" stroke-linejoin="round">
${paths.join('\n')}
</g>
</svg>
`;
writeFileSync('static/world-map.svg', svg);
const json = JSON.stringify({ viewBox, width: WIDTH, height: HEIGHT, missing, countries: layout });
const layoutFile = 'src/lib/charts/world-map-layout.json';
const options = await prettier.resolveConfig(layoutFile);
writeFileSync(layoutFile, await prettier.format(json, { ...options, filepath: layoutFile }));

console.log(
	`static/world-map.svg: ${svg.length} bytes, viewBox ${viewBox}, rings rewound: ${flipped}`
);
console.log(`${small.length} states drawn with a symbol:\n  ${small.join('\n  ')}`);
