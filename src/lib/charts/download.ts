import chartCss from './charts.css?raw';

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

/** A chart's SVG as a standalone file: namespaced, with its styles and title embedded. */
export function standaloneSvg(svg: SVGSVGElement): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	copy.querySelectorAll('.tooltip').forEach((t) => t.remove());
	const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
	style.textContent = chartCss;
	copy.prepend(style);
	return new XMLSerializer().serializeToString(copy);
}
