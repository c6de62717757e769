import { db as appDb } from '$lib/server/db';
import { listIndicators } from '$lib/server/db/indicators';
import { listTargets } from '$lib/server/db/policies';
import { describe } from '$lib/server/targets';
import type { TargetChoice } from '$lib/domain/ownership';

/** The targets of a country, for a milestone's form: the ones it may say it serves. */
export function targetChoices(db: typeof appDb, country: string): TargetChoice[] {
	const indicators = new Map(listIndicators(db).map((i) => [i.code, i]));
	return listTargets(db, country).map((t) => ({
		id: t.id,
		policyId: t.policyId,
		label: describe(t, indicators.get(t.indicator) ?? { code: t.indicator, name: t.indicator })
	}));
}
