/**
 * Shared by WorldMap.svelte and the pages that draw it. The country shapes live in the static
 * sprite written by scripts/build-map.ts, so neither the bundle nor page data carries them (a
 * downloaded map has them drawn in: see `standaloneSvg`).
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
