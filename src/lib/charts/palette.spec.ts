import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
	FOCUS_COLOUR,
	MAP_COLOURS,
	MAP_THEMES,
	MILESTONE_STYLE,
	SERIES_COLOURS,
	SERIES_DASHES,
	SERIES_SHAPES,
	STATUS_STYLE,
	SURFACES,
	AVERAGE_COLOURS,
	markerPath,
	seriesStyles
} from './palette';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5]
		.map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
		.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours (1 to 21). */
function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

/** The custom properties a block of app.css sets, by name. */
function variables(css: string): Record<string, string> {
	return Object.fromEntries(
		[...css.matchAll(/(--[\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1], m[2]])
	);
}

/** The bounding box of a marker path made of absolute and relative M/L/h/v/a commands. */
function bounds(d: string): { left: number; right: number; top: number; bottom: number } {
	const xs: number[] = [];
	const ys: number[] = [];
	let x = 0;
	let y = 0;
	for (const [, cmd, args] of d.matchAll(/([MLhvaZ])([^MLhvaZ]*)/g)) {
		const n = args.split(/[ ,]+/).filter(Boolean).map(Number);
		if (cmd === 'M' || cmd === 'L') [x, y] = n;
		else if (cmd === 'h') x += n[0];
		else if (cmd === 'v') y += n[0];
		else if (cmd === 'a') {
			// A half circle: its extreme is `r` beyond the chord.
			const [r] = n;
			ys.push(y - r, y + r);
			x += n[5];
			y += n[6];
		}
		xs.push(x);
		ys.push(y);
	}
	return {
		left: Math.min(...xs),
		right: Math.max(...xs),
		top: Math.min(...ys),
		bottom: Math.max(...ys)
	};
}

describe('palette', () => {
	it('gives each of the first four series its own colour, dash and marker', () => {
		for (const list of [SERIES_COLOURS, SERIES_DASHES, SERIES_SHAPES])
			expect(new Set(list.slice(0, 4)).size).toBe(4);
		expect(SERIES_DASHES).toHaveLength(SERIES_COLOURS.length);
	});

	describe('seriesStyles, past eight series', () => {
		const keys = [
			'BRN',
			'KHM',
			'IDN',
			'LAO',
			'MYS',
			'MMR',
			'PHL',
			'SGP',
			'THA',
			'TLS',
			'VNM',
			'CHN'
		];
		const cases = [null, ...keys].map((focus) => [focus ?? 'no focus', focus] as const);

		it('keeps the styles of eight series with the focus country among them', () => {
			for (const focus of keys.slice(0, 8)) {
				const styles = seriesStyles(keys.slice(0, 8), focus);
				expect(styles.map((s) => [s.dash, s.shape])).toEqual(
					SERIES_DASHES.map((d, i) => [d, SERIES_SHAPES[i]])
				);
			}
		});

		it.each(cases)('tells every one of twelve apart, %s', (_, focus) => {
			const styles = seriesStyles(keys, focus);
			const combos = styles.map((s) => `${s.colour} ${s.dash} ${s.shape}`);
			expect(new Set(combos).size).toBe(keys.length);
			for (const [i, a] of styles.entries())
				for (const b of styles.slice(i + 1))
					if (a.colour === b.colour) {
						expect(a.dash, `${combos[i]} / ${b.dash}`).not.toBe(b.dash);
						expect(a.shape, `${combos[i]} / ${b.shape}`).not.toBe(b.shape);
					}
			// Orange is the focus country's alone.
			const orange = styles.filter((s) => s.colour === FOCUS_COLOUR).length;
			expect(orange).toBe(focus ? 1 : 0);
		});
	});

	it('centres every marker horizontally on its point, about its radius in size', () => {
		for (const shape of SERIES_SHAPES) {
			const box = bounds(markerPath(shape, 4));
			expect(box.left).toBeCloseTo(-box.right);
			expect(box.right).toBeGreaterThanOrEqual(4);
			expect(box.right).toBeLessThanOrEqual(5.2);
			expect(box.bottom - box.top).toBeGreaterThanOrEqual(8);
			expect(box.bottom - box.top).toBeLessThanOrEqual(10.4);
		}
	});

	describe('contrast (WCAG 1.4.11: graphical objects at 3:1 against the background)', () => {
		const themes = ['light', 'dark'] as const;
		const marks = {
			...Object.fromEntries(SERIES_COLOURS.map((c, i) => [`series ${i}`, c])),
			focus: FOCUS_COLOUR,
			...Object.fromEntries(AVERAGE_COLOURS.map((c, i) => [`average ${i}`, c])),
			...Object.fromEntries(
				Object.entries(STATUS_STYLE).map(([k, v]) => [`status ${k}`, v.colour])
			),
			...Object.fromEntries(
				Object.entries(MILESTONE_STYLE).map(([k, v]) => [`milestone ${k}`, v.colour])
			)
		};

		for (const theme of themes)
			it(`every series, status and milestone colour stands out in the ${theme} theme`, () => {
				for (const [name, colour] of Object.entries(marks))
					expect(contrast(colour, SURFACES[theme]), `${name} ${colour}`).toBeGreaterThanOrEqual(3);
			});

		for (const theme of themes)
			it(`every map class stands out in the ${theme} theme, lightness in the values' order`, () => {
				const classes = MAP_THEMES[theme];
				expect(classes.length, 'a finer scale than four bins').toBeGreaterThanOrEqual(8);
				for (const colour of classes)
					expect(contrast(colour, SURFACES[theme]), colour).toBeGreaterThanOrEqual(3);
				// Away from the background as values rise: darker on white, brighter on dark, so the
				// contrast with the background grows with every class.
				const light = classes.map(luminance);
				const order = light.slice(1).map((l, i) => Math.sign(l - light[i]));
				expect(order).toEqual(classes.slice(1).map(() => (theme === 'light' ? -1 : 1)));
				const fromBackground = classes.map((c) => contrast(c, SURFACES[theme]));
				expect(fromBackground).toEqual([...fromBackground].sort((a, b) => a - b));
				// Neighbouring classes tell apart (at least 1.1:1 between them).
				for (let i = 1; i < classes.length; i++)
					expect(contrast(classes[i], classes[i - 1])).toBeGreaterThanOrEqual(1.1);
			});

		it('the map paints through the theme variables, the light colours as fallback', () => {
			expect(MAP_COLOURS).toEqual(MAP_THEMES.light.map((hex, i) => `var(--map-${i}, ${hex})`));
		});

		it('the page paints the map classes and the background with these colours', () => {
			const css = readFileSync('src/app.css', 'utf8');
			const light = variables(css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')));
			const darkBlock = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
			const dark = variables(darkBlock.slice(0, darkBlock.indexOf('\n}\n')));
			for (const [theme, vars] of [
				['light', light],
				['dark', dark]
			] as const) {
				expect(vars['--surface'], theme).toBe(SURFACES[theme]);
				expect(
					MAP_THEMES[theme].map((_, i) => vars[`--map-${i}`]),
					theme
				).toEqual([...MAP_THEMES[theme]]);
			}
		});
	});
});
