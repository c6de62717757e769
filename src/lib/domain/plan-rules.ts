import type { MessageKey } from '../i18n/messages';
import type { Message, Params } from '../i18n/translate';
import { YEAR_RANGE } from './indicators';
import { LEVEL_GROUPS, type LevelGroup } from './levels';

/**
 * Field name → why it is refused, for a form to show beside the field in the visitor's language
 * (the action translates it).
 */
export type FieldErrors = Record<string, Message>;
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

/** The checks of one form: the messages are written beside the fields. */
interface Check {
	form: Form;
	errors: FieldErrors;
	say: (key: MessageKey, params?: Params) => Message;
}

function check(form: Form): Check {
	return { form, errors: {}, say: (key, params) => (params ? { key, params } : { key }) };
}

const text = (form: Form, key: string) => (form[key] ?? '').trim();

/** The fields whose label a message names: their labels on the forms. */
type LabelledField =
	'name' | 'title' | 'startYear' | 'endYear' | 'baselineYear' | 'targetYear' | 'targetRank';
const labelOf = (c: Check, key: LabelledField): Message => c.say(`editing.field.${key}`);

function integer(c: Check, key: LabelledField): number | null {
	const raw = text(c.form, key);
	const label = labelOf(c, key);
	if (!raw) {
		c.errors[key] = c.say('editing.rule.required', { label });
		return null;
	}
	if (!/^-?\d+$/.test(raw)) {
		c.errors[key] = c.say('editing.rule.wholeNumber', { label, raw });
		return null;
	}
	return Number(raw);
}

function year(c: Check, key: LabelledField): number | null {
	const y = integer(c, key);
	if (y !== null && (y < YEAR_RANGE.min || y > YEAR_RANGE.max)) {
		c.errors[key] = c.say('editing.rule.yearRange', {
			label: labelOf(c, key),
			min: YEAR_RANGE.min,
			max: YEAR_RANGE.max
		});
		return null;
	}
	return y;
}

function url(c: Check, key: string): string | null {
	const raw = text(c.form, key);
	if (!raw) return null;
	try {
		const parsed = new URL(raw);
		if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href;
	} catch {
		// falls through to the message
	}
	c.errors[key] = c.say('editing.rule.url');
	return null;
}

function required(c: Check, key: LabelledField, max = 200) {
	const value = text(c.form, key);
	const label = labelOf(c, key);
	if (!value) c.errors[key] = c.say('editing.rule.required', { label });
	else if (value.length > max) c.errors[key] = c.say('editing.rule.tooLong', { label, max });
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
	const c = check(form);
	const { errors, say } = c;
	const name = required(c, 'name');
	const country = text(form, 'country').toUpperCase();
	if (!ctx.countries.has(country)) errors.country = say('editing.rule.country');
	const startYear = year(c, 'startYear');
	const endYear = year(c, 'endYear');
	if (startYear !== null && endYear !== null && endYear < startYear) {
		errors.endYear = say('editing.rule.endBeforeStart', { end: endYear, start: startYear });
	}
	const description = text(form, 'description').slice(0, 4000);
	const sourceUrl = url(c, 'sourceUrl');
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
	const c = check(form);
	const { errors, say } = c;
	const policyId = Number(text(form, 'policyId'));
	if (!ctx.policies.has(policyId)) errors.policyId = say('editing.rule.policy');
	const date = text(form, 'date');
	if (!isIsoDate(date)) errors.date = say('editing.rule.date');
	else if (Number(date.slice(0, 4)) < YEAR_RANGE.min || Number(date.slice(0, 4)) > YEAR_RANGE.max) {
		errors.date = say('editing.rule.dateRange', { min: YEAR_RANGE.min, max: YEAR_RANGE.max });
	}
	const title = required(c, 'title');
	const status = text(form, 'status') as MilestoneStatusValue;
	if (!MILESTONE_STATUS_VALUES.includes(status)) errors.status = say('editing.rule.status');
	const evidenceUrl = url(c, 'evidenceUrl');
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
	const c = check(form);
	const { errors, say } = c;
	const policyId = Number(text(form, 'policyId'));
	if (!ctx.policies.has(policyId)) errors.policyId = say('editing.rule.policy');
	const country = text(form, 'country').toUpperCase();
	if (!ctx.countries.has(country)) errors.country = say('editing.rule.country');
	const indicator = text(form, 'indicator');
	const definition = ctx.indicators.get(indicator);
	if (!definition) errors.indicator = say('editing.rule.indicator');
	const baselineYear = year(c, 'baselineYear');
	const targetYear = year(c, 'targetYear');
	if (baselineYear !== null && targetYear !== null && targetYear <= baselineYear) {
		errors.targetYear = say('editing.rule.targetAfterBaseline', {
			target: targetYear,
			baseline: baselineYear
		});
	}
	const kind = text(form, 'kind') as TargetFields['kind'];
	let targetValue: number | null = null;
	let targetRank: number | null = null;
	let targetLevel: LevelGroup | null = null;
	if (kind === 'value') {
		const raw = text(form, 'targetValue');
		const value = /^-?(\d+(\.\d*)?|\.\d+)$/.test(raw) ? Number(raw) : NaN;
		if (!raw) errors.targetValue = say('editing.rule.valueMissing');
		else if (Number.isNaN(value)) errors.targetValue = say('editing.rule.notANumber', { raw });
		else if (definition) {
			const { minValue: min, maxValue: max } = definition;
			if ((min !== null && value < min) || (max !== null && value > max)) {
				errors.targetValue = say('editing.rule.outOfRange', {
					indicator,
					min: min ?? '−∞',
					max: max ?? '∞',
					value
				});
			} else targetValue = value;
		}
	} else if (kind === 'rank') {
		if (indicator !== 'EGDI') errors.kind = say('editing.rule.rankEgdi');
		const rank = integer(c, 'targetRank');
		if (rank !== null && (rank < 1 || rank > ctx.maxRank)) {
			errors.targetRank = say('editing.rule.rankRange', { max: ctx.maxRank, rank });
		} else targetRank = rank;
	} else if (kind === 'level') {
		if (indicator !== 'EGDI') errors.kind = say('editing.rule.levelEgdi');
		const level = text(form, 'targetLevel') as LevelGroup;
		if (!LEVEL_GROUPS.some((g) => g.group === level))
			errors.targetLevel = say('editing.rule.level');
		else targetLevel = level;
	} else {
		errors.kind = say('editing.rule.kind');
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
