import type { PlanContext } from '$lib/domain/plan-rules';
import { audit } from './auth/audit';
import type { Db } from './db/connection';
import { countryNames } from './db/countries';
import { listIndicators } from './db/indicators';
import { highestRank } from './db/observations';
import { listPolicies } from './db/policies';
import { enteredTextsIn } from './entered-texts';
import type { Locale } from '$lib/i18n/locales';

/** What the form rules need to know about the database. */
export function planContext(db: Db): PlanContext {
	return {
		countries: new Set(countryNames(db).map((c) => c.iso3)),
		indicators: new Map(listIndicators(db).map((i) => [i.code, i])),
		policies: new Set(listPolicies(db).map((p) => p.id)),
		maxRank: Math.max(193, highestRank(db, 'EGDI') ?? 0)
	};
}

/** Today's date on the server, as YYYY-MM-DD (UTC). */
export function todayIso(): string {
	return new Date().toISOString().slice(0, 10);
}

/** The choices the plan forms offer; policies named in the page's language where translated. */
export function formOptions(db: Db, locale: Locale) {
	const text = enteredTextsIn(db, locale);
	return {
		policies: listPolicies(db).map((p) => ({
			id: p.id,
			name: text('policy', p.id, 'name', p.name).text,
			country: p.country
		})),
		countries: countryNames(db),
		indicators: listIndicators(db).map((i) => ({ code: i.code, name: i.name }))
	};
}

/** A submitted form as plain strings. */
export function formFields(data: FormData): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const [k, v] of data) if (typeof v === 'string') fields[k] = v;
	return fields;
}

/** Records a change to a policy, milestone or target in the audit log. */
export function auditPlan(
	db: Db,
	actor: string,
	action: string,
	subject: string,
	details: object | string = ''
): void {
	audit(
		db,
		actor,
		action,
		subject,
		typeof details === 'string' ? details : JSON.stringify(details)
	);
}
