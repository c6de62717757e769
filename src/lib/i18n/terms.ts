/**
 * The glossary's lookups: from a stored code (a level group, a status, a region as the country
 * list names it) to its term in a language, on the server and in the browser alike. Every page
 * names the domain through these, so that a term reads the same everywhere; the texts are in
 * `messages/<locale>/terms.ts`.
 */
import { isUnIndicator } from '../domain/indicators';
import type { LevelGroup } from '../domain/levels';
import type { MilestoneStatus } from '../domain/milestones';
import type { ProgressStatus } from '../domain/progress';
import type { Role } from '../server/db/schema';
import { indicatorTermKey, type IndicatorField } from './indicator-terms';
import { DEFAULT_LOCALE, type Locale } from './locales';
import type { MessageKey } from './messages';
import { translate, type Message } from './translate';

const LEVELS = {
	'Very High': 'term.level.veryHigh',
	High: 'term.level.high',
	Middle: 'term.level.middle',
	Low: 'term.level.low'
} as const satisfies Record<LevelGroup, MessageKey>;

const PROGRESS = {
	achieved: 'term.progress.achieved',
	on_track: 'term.progress.on_track',
	acceleration_needed: 'term.progress.acceleration_needed',
	limited_progress: 'term.progress.limited_progress',
	deterioration: 'term.progress.deterioration',
	unable_to_assess: 'term.progress.unable_to_assess'
} as const satisfies Record<ProgressStatus, MessageKey>;

/** The statuses entered, and `overdue`: a milestone past its date and not done. */
const MILESTONES = {
	planned: 'term.milestone.planned',
	in_progress: 'term.milestone.in_progress',
	done: 'term.milestone.done',
	delayed: 'term.milestone.delayed',
	overdue: 'term.milestone.overdue'
} as const satisfies Record<MilestoneStatus | 'overdue', MessageKey>;

const ROLES: Record<string, MessageKey> = {
	viewer: 'term.role.viewer',
	editor: 'term.role.editor',
	analyst: 'term.role.analyst',
	admin: 'term.role.admin'
} satisfies Record<Role, MessageKey>;

const TERMS = {
	level: LEVELS,
	progress: PROGRESS,
	milestone: MILESTONES,
	role: ROLES
};

/** The kinds of term with a code: the ones `term` looks up. */
export type TermKind = keyof typeof TERMS;
/** The codes of a kind: a union where the set is closed, any string where data may hold others. */
export type TermCode<K extends TermKind> = keyof (typeof TERMS)[K] & string;

/** The glossary key of a code, or null when the glossary has no such term. */
export function termKey<K extends TermKind>(kind: K, code: TermCode<K>): MessageKey | null {
	const keys: Record<string, MessageKey> = TERMS[kind];
	return Object.hasOwn(keys, code) ? keys[code] : null;
}

/**
 * A term in a language: `term('km', 'level', 'Very High')` → ខ្ពស់ខ្លាំង. A code the glossary
 * does not have (a custom group such as ASEAN, a region it does not know) is shown as stored.
 */
export function term<K extends TermKind>(locale: Locale, kind: K, code: TermCode<K>): string {
	const key = termKey(kind, code);
	return key ? translate(locale, key) : code;
}

/**
 * A term as the parameter of a `Message`, to be written in the reader's language later: its
 * glossary message, or the code as stored when the glossary does not have it.
 */
export function termMessage<K extends TermKind>(kind: K, code: TermCode<K>): Message | string {
	const key = termKey(kind, code);
	return key ? { key } : code;
}

/** An EGDI level group ("Very High") in a language. */
export function levelGroupName(group: LevelGroup, locale: Locale): string {
	return term(locale, 'level', group);
}

/** A progress status toward a target ("On track") in a language. */
export function progressName(status: ProgressStatus, locale: Locale): string {
	return term(locale, 'progress', status);
}

/** A milestone's status ("Planned"), or `overdue`, in a language. */
export function milestoneName(status: MilestoneStatus | 'overdue', locale: Locale): string {
	return term(locale, 'milestone', status);
}

/** An account's role ("editor") in a language; an unknown one as it is. */
export function roleName(role: string, locale: Locale): string {
	return term(locale, 'role', role);
}

/** The glossary key of a UN indicator's name, short label or description; null for a KPI. */
export function indicatorKey(code: string, field: IndicatorField = 'name'): MessageKey | null {
	return isUnIndicator(code) ? indicatorTermKey(code, field) : null;
}

/**
 * An indicator's name (or short label, or description) as the parameter of a `Message`: the
 * glossary's for a UN indicator; for a national KPI, the text its analyst entered.
 */
export function indicatorMessage(
	code: string,
	stored: string,
	field: IndicatorField = 'name'
): Message | string {
	const key = indicatorKey(code, field);
	return key ? { key } : stored;
}

/** "E-Government Development Index" in a language; a national KPI's entered name as it is. */
export function indicatorName(code: string, locale: Locale, fallback: string): string {
	const key = indicatorKey(code);
	return key ? translate(locale, key) : fallback;
}

/** A short label ("Online services") for legends and bars; the name for a national KPI. */
export function indicatorShort(code: string, locale: Locale, fallback: string): string {
	const key = indicatorKey(code, 'short');
	return key ? translate(locale, key) : fallback;
}

/** The one-line description of an indicator in a language; a KPI's as entered. */
export function indicatorDescription(code: string, locale: Locale, fallback: string): string {
	const key = indicatorKey(code, 'description');
	return key ? translate(locale, key) : fallback;
}

/**
 * Indicators' names in a language as a message's parameters, each under its code in lower case:
 * `{ osi: 'Online Service Index', … }`, for a sentence that names them all ("the mean of the
 * {osi} (OSI), …"), so that the list of names comes from the list of codes.
 */
export function indicatorNameParams(
	codes: readonly string[],
	locale: Locale
): Record<string, string> {
	return Object.fromEntries(
		codes.map((code) => [code.toLowerCase(), indicatorName(code, locale, code)])
	);
}

/** An indicator row with its name and description in a language (a copy; KPIs as they are). */
export function localizeIndicator<T extends { code: string; name: string; description?: string }>(
	indicator: T,
	locale: Locale
): T {
	if (locale === DEFAULT_LOCALE || !isUnIndicator(indicator.code)) return indicator;
	return {
		...indicator,
		name: indicatorName(indicator.code, locale, indicator.name),
		...(indicator.description === undefined
			? {}
			: { description: indicatorDescription(indicator.code, locale, indicator.description) })
	};
}
