import { inlineStyles, standaloneSvg } from './export-svg';

/**
 * A chart as an image file, made in the browser from what is on screen: its title, the plot
 * (see `standaloneSvg`), its legend and the source line, as one standalone SVG, and that SVG
 * drawn on a canvas for a PNG. Browser only; loaded when a download is asked for.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The colours and font of the chart's frame, as the page shows them. */
export interface Look {
	background: string;
	text: string;
	muted: string;
	font: string;
}

export function lookOf(frame: Element): Look {
	const style = getComputedStyle(frame);
	const muted = frame.querySelector('.summary');
	return {
		background: opaque(style.backgroundColor) ?? '#ffffff',
		text: style.color,
		muted: muted ? getComputedStyle(muted).color : style.color,
		font: style.fontFamily
	};
}

/** A colour unless it is fully transparent. */
function opaque(colour: string): string | null {
	return /^rgba\(.*,\s*0\)$|^transparent$/.test(colour) ? null : colour;
}

let measuring: CanvasRenderingContext2D | null = null;

/** The width of a text in a font, as the browser would draw it. */
function textWidth(text: string, font: string): number {
	measuring ??= document.createElement('canvas').getContext('2d');
	if (!measuring) return text.length * 7;
	measuring.font = font;
	return measuring.measureText(text).width;
}

/** Words into lines no wider than `width`. */
function wrap(text: string, font: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, font) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

function element(name: string, attributes: Record<string, string | number>): SVGElement {
	const node = document.createElementNS(SVG_NS, name);
	for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
	return node;
}

/** The box of a standalone chart SVG: its viewBox and the size it is drawn at. */
function boxOf(svg: SVGSVGElement): { viewBox: string; width: number; height: number } {
	const viewBox = svg.getAttribute('viewBox') ?? '';
	const [, , vw, vh] = viewBox.split(/[\s,]+/).map(Number);
	const width = Number(svg.getAttribute('width')) || vw || 640;
	const height = Number(svg.getAttribute('height')) || vh || 400;
	return { viewBox: viewBox || `0 0 ${width} ${height}`, width, height };
}

export interface Composed {
	svg: string;
	width: number;
	height: number;
}

const PAD = 16;
const TITLE_SIZE = 15;
const TEXT_SIZE = 12;
const SOURCE_SIZE = 11;

/**
 * One standalone SVG of a chart as its frame shows it: the title on top, the plot (`chartSvg`,
 * a standalone SVG file's text), the legend's entries (read from the page's legend list, with
 * their swatches) and the source line at the bottom, on the frame's background.
 */
export function composeChart(options: {
	chartSvg: string;
	title: string;
	legend: Element | null;
	source: string;
	look: Look;
}): Composed {
	const { look } = options;
	const parsed = new DOMParser().parseFromString(options.chartSvg, 'image/svg+xml');
	const chart = document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
	const box = boxOf(chart);
	const width = Math.round(box.width + 2 * PAD);
	const inner = width - 2 * PAD;
	const font = (size: number, weight = 400) => `${weight} ${size}px ${look.font}`;

	const root = element('svg', { xmlns: SVG_NS, 'font-family': look.font }) as SVGSVGElement;
	const background = element('rect', { width: '100%', height: '100%', fill: look.background });
	root.append(background);
	let y = PAD;

	const text = (line: string, size: number, colour: string, weight = 400) => {
		const node = element('text', {
			x: PAD,
			y: y + size,
			'font-size': size,
			'font-weight': weight,
			fill: colour
		});
		node.textContent = line;
		root.append(node);
		y += Math.round(size * 1.45);
	};

	for (const line of wrap(options.title, font(TITLE_SIZE, 700), inner))
		text(line, TITLE_SIZE, look.text, 700);
	y += 8;

	chart.setAttribute('x', String(PAD));
	chart.setAttribute('y', String(y));
	chart.setAttribute('width', String(box.width));
	chart.setAttribute('height', String(box.height));
	chart.setAttribute('viewBox', box.viewBox);
	chart.setAttribute('overflow', 'visible');
	root.append(chart);
	y += box.height + 10;

	// The legend as the page lays it out: swatch, label, in rows that wrap.
	const items = options.legend ? [...options.legend.querySelectorAll('li')] : [];
	let x = PAD;
	for (const item of items) {
		const label = item.textContent?.trim() ?? '';
		const swatch = item.querySelector('svg');
		const itemWidth = 28 + 6 + textWidth(label, font(TEXT_SIZE)) + 18;
		if (x > PAD && x + itemWidth - 18 > PAD + inner) {
			x = PAD;
			y += 20;
		}
		const group = element('g', { transform: `translate(${x},${y})` });
		if (swatch) {
			const copy = swatch.cloneNode(true) as SVGSVGElement;
			inlineStyles(swatch, copy);
			copy.setAttribute('y', '1');
			group.append(copy);
		}
		const node = element('text', { x: 34, y: 12, 'font-size': TEXT_SIZE, fill: look.text });
		node.textContent = label;
		group.append(node);
		root.append(group);
		x += itemWidth;
	}
	if (items.length) y += 26;

	y += 2;
	for (const line of wrap(options.source, font(SOURCE_SIZE), inner))
		text(line, SOURCE_SIZE, look.muted);
	const height = Math.round(y + PAD - 4);

	root.setAttribute('width', String(width));
	root.setAttribute('height', String(height));
	root.setAttribute('viewBox', `0 0 ${width} ${height}`);
	return { svg: new XMLSerializer().serializeToString(root), width, height };
}

/** Khmer letters: when a file shows them, it carries the Khmer font (few systems have one). */
const KHMER = /[\u1780-\u17FF\u19E0-\u19FF]/;

/** Reads a file of this site as a data: URL. */
async function dataUrl(url: string): Promise<string> {
	const blob = await (await fetch(url)).blob();
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(String(reader.result));
		reader.onerror = () => reject(reader.error);
		reader.readAsDataURL(blob);
	});
}

/**
 * The page's web fonts for Khmer as `@font-face` rules with the font files inside (an SVG
 * drawn as an image loads nothing from outside); empty when `svg` has no Khmer text.
 */
export async function embeddedFonts(svg: string): Promise<string> {
	if (!KHMER.test(svg)) return '';
	const rules: CSSFontFaceRule[] = [];
	for (const sheet of document.styleSheets) {
		let list: CSSRuleList;
		try {
			list = sheet.cssRules;
		} catch {
			continue; // another origin's stylesheet
		}
		for (const rule of list)
			if (
				rule instanceof CSSFontFaceRule &&
				/khmer/i.test(rule.style.getPropertyValue('font-family'))
			)
				rules.push(rule);
	}
	const faces = await Promise.all(
		rules.map(async (rule) => {
			const src = rule.style.getPropertyValue('src');
			const url = /url\(["']?([^"')]+)["']?\)/.exec(src)?.[1];
			if (!url) return '';
			const base = rule.parentStyleSheet?.href ?? document.baseURI;
			const data = await dataUrl(new URL(url, base).href);
			const keep = ['font-family', 'font-style', 'font-weight', 'unicode-range']
				.map((name) => [name, rule.style.getPropertyValue(name)])
				.filter(([, value]) => value)
				.map(([name, value]) => `${name}:${value}`);
			return `@font-face{${keep.join(';')};src:url(${data})}`;
		})
	);
	return faces.join('\n');
}

/** `svg` with `css` in a style element at its start. */
export function withStyle(svg: string, css: string): string {
	if (!css) return svg;
	const escaped = css.replace(/]]>/g, ']]]]><![CDATA[>');
	return svg.replace(/^(<svg\b[^>]*>)/, `$1<style><![CDATA[${escaped}]]></style>`);
}

/** A standalone SVG drawn on a canvas `scale` times its size, as a PNG. */
export async function pngOf(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no canvas');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/**
 * The chart of a frame as shown — its title, plot, legend and source line — as one standalone
 * SVG with the fonts it needs, and its size (for the PNG).
 */
export async function chartImage(
	frame: HTMLElement,
	plot: SVGSVGElement,
	words: { title: string; source: string }
): Promise<Composed> {
	const composed = composeChart({
		chartSvg: await standaloneSvg(plot),
		title: words.title,
		legend: frame.querySelector('ul.legend'),
		source: words.source,
		look: lookOf(frame)
	});
	return { ...composed, svg: withStyle(composed.svg, await embeddedFonts(composed.svg)) };
}
