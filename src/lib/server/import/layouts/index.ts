/**
 * The layouts the importer reads, one file each beside this one, and the registry that names
 * them: detection, `--layout` validation and usage texts all read LAYOUT_REGISTRY.
 */
import { UnreadableFileError } from '../errors';
import type { MapContext, RowMapper } from './define';
import { long } from './long';
import { unEgov } from './un-egov';
import { worldBankWide } from './world-bank';

export { parseValue } from './cells';
export type { ImportRecord, Layout, MapContext, RowMapper } from './define';

/**
 * Every layout the importer reads. Auto-detection takes the first one whose `detect` accepts the
 * header; the names, their validation and the usage texts all come from here, so adding a
 * layout is adding its file and one entry.
 */
export const LAYOUT_REGISTRY = [unEgov, worldBankWide, long] as const;

export type LayoutName = (typeof LAYOUT_REGISTRY)[number]['name'];

/** The layouts' names, in the registry's order. */
export const LAYOUTS: readonly LayoutName[] = LAYOUT_REGISTRY.map((l) => l.name);

/** Whether a text (a `--layout` option, a form field) names a registered layout. */
export function isLayoutName(text: string): text is LayoutName {
	return (LAYOUTS as readonly string[]).includes(text);
}

/** Guesses the layout from the header; null when it matches none. */
export function detectLayout(header: string[]): LayoutName | null {
	return LAYOUT_REGISTRY.find((l) => l.detect(header))?.name ?? null;
}

/**
 * The layout asked for, or with "auto" (or none) the one detected from the header.
 * @throws UnreadableFileError naming every layout when the header matches none.
 */
export function chooseLayout(header: string[], requested?: LayoutName | 'auto'): LayoutName {
	if (requested && requested !== 'auto') return requested;
	const detected = detectLayout(header);
	if (detected) return detected;
	throw new UnreadableFileError(
		`Unrecognised layout. The header "${header.join(',').slice(0, 200)}" matches none of: ${LAYOUTS.join(', ')}.`
	);
}

/** The mapper for a layout, or null after reporting the required columns that are missing. */
export function createMapper(
	layout: LayoutName,
	header: string[],
	ctx: MapContext
): RowMapper | null {
	const found = LAYOUT_REGISTRY.find((l) => l.name === layout);
	if (!found) throw new Error(`unknown layout "${layout}"`);
	return found.map(header, ctx);
}

/** One line per layout, its name then what it is, for a command's usage text. */
export function describeLayouts(indent = '  '): string {
	const width = Math.max(...LAYOUTS.map((name) => name.length));
	return LAYOUT_REGISTRY.map((l) => `${indent}${l.name.padEnd(width)}  ${l.description}`).join(
		'\n'
	);
}
