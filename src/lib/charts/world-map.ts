/**
 * Shared by WorldMap.svelte and its "download SVG" button. The country shapes live in the static
 * sprite written by scripts/build-map.ts, so neither the bundle nor page data carries them.
 */
export const SPRITE_URL = '/world-map.svg';

/** One UN Member State as WorldMap draws it, already shaped by the page's `load`. */
export interface MapCountry {
	iso3: string;
	/** ISO 3166-1 numeric, zero-padded ("004"), as in data/countries.csv. */
	isoNumeric: string;
	name: string;
	/** Any CSS colour; null draws the no-data hatch. */
	fill: string | null;
	/** Accessible name and tooltip, e.g. "Cambodia: EGDI 0.5634". */
	label: string;
	href?: string;
}

/**
 * Fill of the no-data hatch: a pattern defined by WorldMap under a fixed id, so a legend on the
 * same page can draw its swatch with it (`{ colour: NO_DATA_FILL, swatch: 'box' }`).
 */
export const NO_DATA_PATTERN_ID = 'world-map-no-data';
export const NO_DATA_FILL = `url(#${NO_DATA_PATTERN_ID})`;

const SVG_NS = 'http://www.w3.org/2000/svg';
// The map is styled by scoped CSS and custom properties, which a downloaded file does not have;
// these are the paint properties it uses, with their initial values (not worth writing out).
const PAINT: Record<string, string> = {
	fill: 'rgb(0, 0, 0)',
	stroke: 'none',
	'stroke-width': '1px',
	'stroke-dasharray': 'none',
	'stroke-linejoin': 'miter',
	opacity: '1'
};

/**
 * Serialises a rendered WorldMap as a self-contained SVG file: every `<use>` of the sprite
 * becomes the path it points to, computed paint is written into attributes and links are
 * dropped (they point into the app). Must be called on an svg that is in the document.
 */
export async function standaloneMapSvg(svg: SVGSVGElement): Promise<string> {
	const response = await fetch(SPRITE_URL);
	if (!response.ok) throw new Error(`${SPRITE_URL}: HTTP ${response.status}`);
	const sprite = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');

	const clone = svg.cloneNode(true) as SVGSVGElement;
	const painted = 'use, circle, rect, line, path';
	const copies = clone.querySelectorAll(painted);
	svg.querySelectorAll(painted).forEach((element, i) => {
		const style = getComputedStyle(element);
		for (const [name, initial] of Object.entries(PAINT)) {
			// Computed url() values are absolute (page URL + #id); the file needs the bare fragment.
			const value = style.getPropertyValue(name).replace(/url\("?[^#")]*(#[^")]+)"?\)/, 'url($1)');
			if (value && value !== initial) copies[i].setAttribute(name, value);
		}
	});

	for (const use of clone.querySelectorAll('use')) {
		const id = (use.getAttribute('href') ?? '').split('#')[1] ?? '';
		const d = sprite.getElementById(id)?.getAttribute('d');
		if (!d) {
			use.remove();
			continue;
		}
		const path = document.createElementNS(SVG_NS, 'path');
		for (const { name, value } of use.attributes)
			if (name !== 'href') path.setAttribute(name, value);
		path.setAttribute('d', d);
		use.replaceWith(path);
	}
	for (const link of clone.querySelectorAll('a')) {
		const group = document.createElementNS(SVG_NS, 'g');
		group.append(...link.childNodes);
		link.replaceWith(group);
	}
	for (const element of [clone, ...clone.querySelectorAll('*')]) element.removeAttribute('class');
	// Svelte's hydration markers.
	const comments = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
	const markers: Node[] = [];
	while (comments.nextNode()) markers.push(comments.currentNode);
	for (const marker of markers) marker.parentNode?.removeChild(marker);

	const [, , width, height] = (clone.getAttribute('viewBox') ?? '').split(' ');
	clone.setAttribute('width', width);
	clone.setAttribute('height', height);
	clone.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
	return new XMLSerializer().serializeToString(clone);
}
