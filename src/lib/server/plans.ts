import type { PlanContext } from '$lib/domain/plan-rules';
import { listCountries } from './db/countries';
import { listIndicators } from './db/indicators';
import { findObservations } from './db/observations';
import { listPolicies } from './db/policies';
import { audit } from './auth/audit';
import { db } from './db';

/** What the form rules need to know about the database. */
export function planContext(): PlanContext {
	const ranks = findObservations({ indicator: 'EGDI' }).map((o) => o.rank ?? 0);
	return {
		countries: new Set(listCountries().map((c) => c.iso3)),
		indicators: new Map(listIndicators().map((i) => [i.code, i])),
		policies: new Set(listPolicies().map((p) => p.id)),
		maxRank: Math.max(193, ...ranks)
	};
}

/** Today's date on the server, as YYYY-MM-DD (UTC). */
export function todayIso(): string {
	return new Date().toISOString().slice(0, 10);
}

/** The choices the plan forms offer. */
export function formOptions() {
	return {
		policies: listPolicies().map((p) => ({ id: p.id, name: p.name, country: p.country })),
		countries: listCountries().map((c) => ({ iso3: c.iso3, name: c.name })),
		indicators: listIndicators().map((i) => ({ code: i.code, name: i.name }))
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
