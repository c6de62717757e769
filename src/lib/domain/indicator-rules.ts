import type { MessageKey } from '../i18n/messages';
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
 * Refusals are messages for the page to write in the visitor's language.
 */
export function checkIndicator(
	form: Record<string, string | undefined>,
	existingCodes: ReadonlySet<string>
): Checked<IndicatorFields> {
	const errors: FieldErrors = {};
	const text = (k: string) => (form[k] ?? '').trim();
	const code = text('code').toUpperCase();
	if (!CODE.test(code)) errors.code = { key: 'data.indicators.rule.code' };
	else if (existingCodes.has(code))
		errors.code = { key: 'data.indicators.rule.codeTaken', params: { code } };
	const name = text('name');
	const nameLabel = { key: 'data.indicators.name' } as const;
	if (!name) errors.name = { key: 'editing.rule.required', params: { label: nameLabel } };
	else if (name.length > 120)
		errors.name = { key: 'editing.rule.tooLong', params: { label: nameLabel, max: 120 } };
	const number = (k: string, labelKey: MessageKey) => {
		const raw = text(k);
		if (!NUMBER.test(raw)) {
			const label = { key: labelKey };
			errors[k] = raw
				? { key: 'data.indicators.rule.number', params: { label, raw } }
				: { key: 'editing.rule.required', params: { label } };
			return NaN;
		}
		return Number(raw);
	};
	const minValue = number('minValue', 'data.indicators.min');
	const maxValue = number('maxValue', 'data.indicators.max');
	if (!errors.minValue && !errors.maxValue && minValue >= maxValue) {
		errors.maxValue = {
			key: 'data.indicators.rule.range',
			params: { max: maxValue, min: minValue }
		};
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
