import { json } from '@sveltejs/kit';
import { toCsv } from '$lib/csv';

/** A 400 answer naming the parameter at fault. */
export class BadParameter extends Error {
	constructor(
		readonly parameter: string,
		message: string
	) {
		super(message);
	}
}

/**
 * Reads the query string of an API request: only `allowed` names (and `format`) may appear,
 * and each value is checked by the caller through the returned helpers.
 */
export function queryOf(url: URL, allowed: readonly string[]) {
	for (const name of url.searchParams.keys()) {
		if (name !== 'format' && !allowed.includes(name)) {
			throw new BadParameter(
				name,
				`unknown parameter "${name}"; allowed: ${[...allowed, 'format'].join(', ')}`
			);
		}
	}
	const format = url.searchParams.get('format') ?? 'json';
	if (format !== 'json' && format !== 'csv') {
		throw new BadParameter('format', `format must be "json" or "csv", not "${format}"`);
	}
	const text = (name: string) => {
		const value = url.searchParams.get(name)?.trim();
		return value ? value : undefined;
	};
	return {
		format,
		text,
		/** A value that must be one of `choices` (matched without regard to case). */
		oneOf<T extends string>(name: string, choices: readonly T[], fallback?: T): T | undefined {
			const value = text(name);
			if (value === undefined) return fallback;
			const match = choices.find((c) => c.toLowerCase() === value.toLowerCase());
			if (!match)
				throw new BadParameter(
					name,
					`${name} must be one of ${choices.join(', ')}; got "${value}"`
				);
			return match;
		},
		year(name: string): number | undefined {
			const value = text(name);
			if (value === undefined) return undefined;
			if (!/^\d{4}$/.test(value))
				throw new BadParameter(name, `${name} must be a four-digit year; got "${value}"`);
			return Number(value);
		},
		list(name: string): string[] | undefined {
			const value = text(name);
			return value
				?.split(',')
				.map((v) => v.trim().toUpperCase())
				.filter(Boolean);
		},
		required(name: string): never {
			throw new BadParameter(name, `${name} is required`);
		}
	};
}

/** JSON, or CSV (formula-safe) when the request asked for `format=csv`. */
export function respond<T>(
	rows: T[],
	columns: readonly (keyof T & string)[],
	format: string,
	name: string
) {
	if (format === 'csv') {
		return new Response(toCsv(rows, columns), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${name}.csv"`
			}
		});
	}
	return json(rows);
}

/** Runs an API handler, turning a bad parameter into a 400 JSON answer. */
export function withParameters(handler: () => Response): Response {
	try {
		return handler();
	} catch (error) {
		if (error instanceof BadParameter) {
			return json({ error: error.message, parameter: error.parameter }, { status: 400 });
		}
		throw error;
	}
}
