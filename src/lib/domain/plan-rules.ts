import { YEAR_RANGE } from './indicators';
import { LEVEL_GROUPS, type LevelGroup } from './levels';

/** Field name → message, for a form to show beside each field. */
export type FieldErrors = Record<string, string>;
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** What the rules need to know about the database. */
export interface PlanContext {
	countries: ReadonlySet<string>;
	indicators: ReadonlyMap<
		string,
		{ name: string; minValue: number | null; maxValue: number | null }
	>;
	policies: ReadonlySet<number>;
	/** Countries in the ranking: the largest possible rank. */
	maxRank: number;
}

type Form = Record<string, string | undefined>;

const text = (form: Form, key: string) => (form[key] ?? '').trim();

function integer(form: Form, key: string, label: string, errors: FieldErrors): number | null {
	const raw = text(form, key);
	if (!raw) {
		errors[key] = `${label} is required.`;
		return null;
	}
	if (!/^-?\d+$/.test(raw)) {
		errors[key] = `${label} must be a whole number, not "${raw}".`;
		return null;
	}
	return Number(raw);
}

function year(form: Form, key: string, label: string, errors: FieldErrors): number | null {
	const y = integer(form, key, label, errors);
	if (y !== null && (y < YEAR_RANGE.min || y > YEAR_RANGE.max)) {
		errors[key] = `${label} must be between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}.`;
		return null;
	}
	return y;
}

function url(form: Form, key: string, errors: FieldErrors): string | null {
	const raw = text(form, key);
	if (!raw) return null;
	try {
		const parsed = new URL(raw);
		if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href;
	} catch {
		// falls through to the message
	}
	errors[key] = 'Give a full web address starting with https://.';
	return null;
}

function required(form: Form, key: string, label: string, errors: FieldErrors, max = 200) {
	const value = text(form, key);
	if (!value) errors[key] = `${label} is required.`;
	else if (value.length > max) errors[key] = `${label} is too long (${max} characters at most).`;
	return value;
}

export interface PolicyFields {
	name: string;
	country: string;
	startYear: number;
	endYear: number;
	description: string;
	sourceUrl: string | null;
}

/** Checks a policy form: a name, a known country, start ≤ end, an http(s) source. */
export function checkPolicy(form: Form, ctx: PlanContext): Checked<PolicyFields> {
	const errors: FieldErrors = {};
	const name = required(form, 'name', 'Name', errors);
	const country = text(form, 'country').toUpperCase();
	if (!ctx.countries.has(country)) errors.country = 'Choose a country from the list.';
	const startYear = year(form, 'startYear', 'Start year', errors);
	const endYear = year(form, 'endYear', 'End year', errors);
	if (startYear !== null && endYear !== null && endYear < startYear) {
		errors.endYear = `The end year (${endYear}) is before the start year (${startYear}).`;
	}
	const description = text(form, 'description').slice(0, 4000);
	const sourceUrl = url(form, 'sourceUrl', errors);
	if (Object.keys(errors).length) return { ok: false, errors };
	return {
		ok: true,
		value: { name, country, startYear: startYear!, endYear: endYear!, description, sourceUrl }
	};
}

export const MILESTONE_STATUS_VALUES = ['planned', 'in_progress', 'done', 'delayed'] as const;
export type MilestoneStatusValue = (typeof MILESTONE_STATUS_VALUES)[number];

export interface MilestoneFields {
	policyId: number;
	date: string;
	title: string;
	description: string;
	responsibleBody: string;
	status: MilestoneStatusValue;
	evidenceUrl: string | null;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const d = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Checks a milestone form: a policy, a real date, a title, a known status. */
export function checkMilestone(form: Form, ctx: PlanContext): Checked<MilestoneFields> {
	const errors: FieldErrors = {};
	const policyId = Number(text(form, 'policyId'));
	if (!ctx.policies.has(policyId)) errors.policyId = 'Choose a policy from the list.';
	const date = text(form, 'date');
	if (!isIsoDate(date)) errors.date = 'Give a real date (year, month and day).';
	else if (Number(date.slice(0, 4)) < YEAR_RANGE.min || Number(date.slice(0, 4)) > YEAR_RANGE.max) {
		errors.date = `The date must be between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}.`;
	}
	const title = required(form, 'title', 'Title', errors);
	const status = text(form, 'status') as MilestoneStatusValue;
	if (!MILESTONE_STATUS_VALUES.includes(status)) errors.status = 'Choose a status from the list.';
	const evidenceUrl = url(form, 'evidenceUrl', errors);
	if (Object.keys(errors).length) return { ok: false, errors };
	return {
		ok: true,
		value: {
			policyId,
			date,
			title,
			description: text(form, 'description').slice(0, 4000),
			responsibleBody: text(form, 'responsibleBody').slice(0, 200),
			status,
			evidenceUrl
		}
	};
}

export interface TargetFields {
	policyId: number;
	country: string;
	indicator: string;
	baselineYear: number;
	targetYear: number;
	kind: 'value' | 'rank' | 'level';
	targetValue: number | null;
	targetRank: number | null;
	targetLevel: LevelGroup | null;
	note: string;
	isExample: boolean;
}

/**
 * Checks a target form. One of a value (within the indicator's range), a rank (of the EGDI,
 * 1 to the number of ranked countries) or a level group (of the EGDI); the target year after
 * the baseline year.
 */
export function checkTarget(form: Form, ctx: PlanContext): Checked<TargetFields> {
	const errors: FieldErrors = {};
	const policyId = Number(text(form, 'policyId'));
	if (!ctx.policies.has(policyId)) errors.policyId = 'Choose a policy from the list.';
	const country = text(form, 'country').toUpperCase();
	if (!ctx.countries.has(country)) errors.country = 'Choose a country from the list.';
	const indicator = text(form, 'indicator');
	const definition = ctx.indicators.get(indicator);
	if (!definition) errors.indicator = 'Choose an indicator from the list.';
	const baselineYear = year(form, 'baselineYear', 'Baseline year', errors);
	const targetYear = year(form, 'targetYear', 'Target year', errors);
	if (baselineYear !== null && targetYear !== null && targetYear <= baselineYear) {
		errors.targetYear = `The target year (${targetYear}) must come after the baseline year (${baselineYear}).`;
	}
	const kind = text(form, 'kind') as TargetFields['kind'];
	let targetValue: number | null = null;
	let targetRank: number | null = null;
	let targetLevel: LevelGroup | null = null;
	if (kind === 'value') {
		const raw = text(form, 'targetValue');
		const value = /^-?(\d+(\.\d*)?|\.\d+)$/.test(raw) ? Number(raw) : NaN;
		if (!raw) errors.targetValue = 'Give the value to reach.';
		else if (Number.isNaN(value))
			errors.targetValue = `"${raw}" is not a number (use a decimal point).`;
		else if (definition) {
			const { minValue: min, maxValue: max } = definition;
			if ((min !== null && value < min) || (max !== null && value > max)) {
				errors.targetValue = `${indicator} runs from ${min ?? '−∞'} to ${max ?? '∞'}; ${value} is out of range.`;
			} else targetValue = value;
		}
	} else if (kind === 'rank') {
		if (indicator !== 'EGDI') errors.kind = 'Rank targets are for the EGDI rank: choose the EGDI.';
		const rank = integer(form, 'targetRank', 'Target rank', errors);
		if (rank !== null && (rank < 1 || rank > ctx.maxRank)) {
			errors.targetRank = `A rank runs from 1 (best) to ${ctx.maxRank}; ${rank} is impossible.`;
		} else targetRank = rank;
	} else if (kind === 'level') {
		if (indicator !== 'EGDI')
			errors.kind = 'Level-group targets are for the EGDI: choose the EGDI.';
		const level = text(form, 'targetLevel') as LevelGroup;
		if (!LEVEL_GROUPS.some((g) => g.group === level)) errors.targetLevel = 'Choose a level group.';
		else targetLevel = level;
	} else {
		errors.kind = 'Choose what the target is: a value, a rank or a level group.';
	}
	if (Object.keys(errors).length) return { ok: false, errors };
	return {
		ok: true,
		value: {
			policyId,
			country,
			indicator,
			baselineYear: baselineYear!,
			targetYear: targetYear!,
			kind,
			targetValue,
			targetRank,
			targetLevel,
			note: text(form, 'note').slice(0, 1000),
			isExample: form.isExample === 'on' || form.isExample === 'true'
		}
	};
}
