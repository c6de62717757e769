/**
 * Helpers for the chart snapshot tests, which render components on the server and read the
 * markup back with regular expressions (the tests run without a DOM).
 */

/** Markup without Svelte's hydration comments, one tag a line, so that a diff is readable. */
export function readable(markup: string): string {
	return markup
		.replace(/<!--[^]*?-->/g, '')
		.replace(/>\s*<(?!\/)/g, '>\n<')
		.trim();
}

// The snapshots link the marks' stylesheet, so that they open in a browser styled as on the page.
const STYLESHEET = '<?xml-stylesheet type="text/css" href="../charts.css"?>';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** A chart's `<svg>` as a standalone SVG file. */
export function svgFile(markup: string): string {
	const svg = readable(markup).replace(/^<svg /, `<svg xmlns="${SVG_NS}" `);
	return `${STYLESHEET}\n${svg}\n`;
}

/** Marks (fragments of an SVG) in an SVG file of `width` × `height`. */
export function svgFragmentFile(markup: string, width: number, height: number): string {
	const open = `<svg xmlns="${SVG_NS}" class="chart-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`;
	return `${STYLESHEET}\n${open}\n${readable(markup)}\n</svg>\n`;
}

/**
 * HTML markup (a legend, a frame) in an SVG file of `width` × `height`, as XHTML in a
 * `foreignObject`: an `.html` snapshot would be reformatted by Prettier.
 */
export function htmlFragmentFile(markup: string, width: number, height: number): string {
	const open = `<svg xmlns="${SVG_NS}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`;
	const body = `<div xmlns="http://www.w3.org/1999/xhtml" style="font: 14px system-ui, sans-serif">`;
	// In XHTML, an inner <svg> is SVG only when it says so.
	const html = readable(markup).replace(/<svg /g, `<svg xmlns="${SVG_NS}" `);
	return [
		STYLESHEET,
		open,
		'<foreignObject width="100%" height="100%">',
		body,
		html,
		'</div>',
		'</foreignObject>',
		'</svg>',
		''
	].join('\n');
}

export interface Element {
	attrs: Record<string, string>;
	/** The text inside, for elements that hold only text. */
	text: string;
}

/**
 * Every `<tag …>` in the markup, with its attributes, in document order; `where` keeps those
 * whose attributes include these values.
 */
export function elements(
	markup: string,
	tag: string,
	where: Record<string, string> = {}
): Element[] {
	const pattern = new RegExp(`<${tag}\\b([^>]*)>(?:([^<]*)</${tag}>)?`, 'g');
	return [...markup.matchAll(pattern)]
		.map((m) => ({
			attrs: Object.fromEntries(
				[...m[1].matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])
			),
			text: m[2] ?? ''
		}))
		.filter((e) => Object.entries(where).every(([k, v]) => e.attrs[k] === v));
}

/** A numeric attribute. */
export function num(element: Element, name: string): number {
	const value = element.attrs[name];
	if (value === undefined) throw new Error(`no attribute ${name}`);
	return Number(value);
}

/** The x and y of an element's `translate(x,y)`. */
export function translation(element: Element): [number, number] {
	const m = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(element.attrs.transform ?? '');
	if (!m) throw new Error('no translate');
	return [Number(m[1]), Number(m[2])];
}

/** The subpaths of an SVG path's `d`: one string per M command. */
export function subpaths(d: string): string[] {
	return d.split(/(?=M)/).filter(Boolean);
}

/** A point as d3-shape writes it in a path: `x,y`, rounded to three decimals. */
export function pathPoint(x: number, y: number): string {
	const round = (v: number) => Math.round(v * 1000) / 1000;
	return `${round(x)},${round(y)}`;
}
