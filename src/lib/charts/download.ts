import { inlineStyles } from './export-image';

/** Offers `content` to the browser as a file download. */
export function saveFile(content: string | Blob, fileName: string, type: string): void {
	const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
	const url = URL.createObjectURL(blob);
	const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A chart's SVG as a standalone file: namespaced, each mark painted as the page paints it (CSS
 * variables and stylesheet rules resolved to colours), without the tooltips waiting for a
 * hover. Must be called on an svg that is in the document.
 */
export function standaloneSvg(svg: SVGSVGElement): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	inlineStyles(svg, copy);
	return new XMLSerializer().serializeToString(copy);
}
