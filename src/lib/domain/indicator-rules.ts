import type { Checked, FieldErrors } from './plan-rules';

export interface IndicatorFields {
	code: string;
	name: string;
	description: string;
	unit: string;
	minValue: number;
	maxValue: number;
	higherIsBetter: boolean;
	source: string;
}

const CODE = /^[A-Z][A-Z0-9_]{1,19}$/;
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Checks the definition of a national KPI: a new code (capitals, digits, underscores), a
 * name, and a range (its values are validated against it on import; the map colours by it).
 */
export function checkIndicator(
	form: Record<string, string | undefined>,
	existingCodes: ReadonlySet<string>
): Checked<IndicatorFields> {
	const errors: FieldErrors = {};
	const text = (k: string) => (form[k] ?? '').trim();
	const code = text('code').toUpperCase();
	if (!CODE.test(code)) {
		errors.code =
			'Use 2 to 20 capital letters, digits or underscores, starting with a letter (e.g. DIGITAL_ID).';
	} else if (existingCodes.has(code)) errors.code = `There is already an indicator ${code}.`;
	const name = text('name');
	if (!name) errors.name = 'Name is required.';
	else if (name.length > 120) errors.name = 'Name is too long (120 characters at most).';
	const number = (k: string, label: string) => {
		const raw = text(k);
		if (!NUMBER.test(raw)) {
			errors[k] = raw ? `${label} must be a number, not "${raw}".` : `${label} is required.`;
			return NaN;
		}
		return Number(raw);
	};
	const minValue = number('minValue', 'Lowest possible value');
	const maxValue = number('maxValue', 'Highest possible value');
	if (!errors.minValue && !errors.maxValue && minValue >= maxValue) {
		errors.maxValue = `The highest value (${maxValue}) must be above the lowest (${minValue}).`;
	}
	if (Object.keys(errors).length) return { ok: false, errors };
	return {
		ok: true,
		value: {
			code,
			name,
			description: text('description').slice(0, 2000),
			unit: text('unit').slice(0, 40) || 'value',
			minValue,
			maxValue,
			higherIsBetter: text('direction') !== 'lower',
			source: text('source').slice(0, 300)
		}
	};
}
