/**
 * A chart's plot as a standalone SVG file, made in the browser from what is on screen: every
 * mark painted as the page paints it, sprites the plot uses drawn in, links and the page's
 * bookkeeping (classes, hydration markers, tooltips waiting for a hover) left out. Browser only;
 * loaded when a download is asked for (see ChartFrame).
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What styles the marks; written into each element, since a file has none of the page's CSS. */
const PAINT = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linecap',
	'stroke-linejoin',
	'paint-order',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'font-variant-numeric',
	'text-anchor',
	'dominant-baseline',
	'visibility'
];
/** Not inherited: written wherever it is not the initial value. */
const OWN = ['opacity'];
const UNPAINTED = new Set(['title', 'desc', 'style', 'script']);

/**
 * Writes the computed paint of every element of `source` into `copy` (a clone of it) as style
 * attributes, so that CSS variables and stylesheet rules become plain colours; elements not
 * displayed (tooltips waiting for a hover) are dropped. `source` must be in the document.
 */
export function inlineStyles(source: Element, copy: Element): void {
	const from = [source, ...source.querySelectorAll('*')];
	const to = [copy, ...copy.querySelectorAll('*')];
	const computed = new Map<Element, CSSStyleDeclaration>();
	const styleOf = (element: Element) => {
		let style = computed.get(element);
		if (!style) computed.set(element, (style = getComputedStyle(element)));
		return style;
	};
	const hidden: Element[] = [];
	from.forEach((element, i) => {
		if (UNPAINTED.has(element.localName)) return;
		const style = styleOf(element);
		if (style.display === 'none') {
			hidden.push(to[i]);
			return;
		}
		const parent = element === source ? null : element.parentElement;
		const inherited = parent ? styleOf(parent) : null;
		const declarations: string[] = [];
		for (const name of PAINT) {
			// Computed url() paints are absolute (page URL + #id); the file needs the bare fragment.
			const value = style.getPropertyValue(name).replace(/url\("?[^#")]*(#[^")]+)"?\)/, 'url($1)');
			if (value && value !== inherited?.getPropertyValue(name))
				declarations.push(`${name}:${value}`);
		}
		for (const name of OWN) {
			const value = style.getPropertyValue(name);
			if (value && value !== '1') declarations.push(`${name}:${value}`);
		}
		const target = to[i];
		target.removeAttribute('class');
		// Presentation attributes such as stroke="var(--surface)" mean nothing outside the page.
		for (const { name, value } of [...target.attributes])
			if (value.includes('var(')) target.removeAttribute(name);
		if (declarations.length) target.setAttribute('style', declarations.join(';'));
		else target.removeAttribute('style');
	});
	for (const element of hidden) element.remove();
	// Svelte's hydration markers.
	const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
	const markers: Node[] = [];
	while (comments.nextNode()) markers.push(comments.currentNode);
	for (const marker of markers) marker.parentNode?.removeChild(marker);
}

/** The documents of the sprites a plot points into (`<use href="/world-map.svg#KHM">`), by URL. */
async function spritesOf(svg: Element): Promise<Map<string, Document>> {
	const urls = new Set<string>();
	for (const use of svg.querySelectorAll('use')) {
		const [url] = (use.getAttribute('href') ?? '').split('#');
		if (url) urls.add(url);
	}
	const sprites = new Map<string, Document>();
	for (const url of urls) {
		const response = await fetch(url);
		if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
		sprites.set(url, new DOMParser().parseFromString(await response.text(), 'image/svg+xml'));
	}
	return sprites;
}

/**
 * A rendered chart's SVG as a standalone file: namespaced and sized, each mark painted as the
 * page paints it (CSS variables and stylesheet rules resolved to colours), every `<use>` of a
 * sprite replaced by the shape it points to, links unwrapped (they lead into the app). Must be
 * called on an svg that is in the document.
 */
export async function standaloneSvg(svg: SVGSVGElement): Promise<string> {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, copy);
	const sprites = await spritesOf(copy);
	for (const use of copy.querySelectorAll('use')) {
		const [url, id] = (use.getAttribute('href') ?? '').split('#');
		const shape = url ? sprites.get(url)?.getElementById(id ?? '') : null;
		if (!shape) continue; // an in-document reference stays as it is
		const drawn = document.importNode(shape, true) as Element;
		drawn.removeAttribute('id');
		for (const { name, value } of use.attributes)
			if (name !== 'href') drawn.setAttribute(name, value);
		use.replaceWith(drawn);
	}
	for (const link of copy.querySelectorAll('a')) {
		const group = document.createElementNS(SVG_NS, 'g');
		group.append(...link.childNodes);
		link.replaceWith(group);
	}
	const [, , width, height] = (copy.getAttribute('viewBox') ?? '').split(/[\s,]+/);
	if (!copy.getAttribute('width') && width) copy.setAttribute('width', width);
	if (!copy.getAttribute('height') && height) copy.setAttribute('height', height);
	copy.setAttribute('xmlns', SVG_NS);
	return new XMLSerializer().serializeToString(copy);
}
