import type { Db } from './db/connection';
import { countryNames } from './db/countries';
import { listIndicators } from './db/indicators';
import { editionsOf, highestRank, observationsOfPairs } from './db/observations';
import { listPolicies } from './db/policies';
import type { Target } from './db/schema';
import type { TargetEvidence } from './targets';

/**
 * Everything `assessTargets` reads about `targets`, in six queries however many targets there
 * are: the observations of all their (indicator, country) pairs in one, their indicators'
 * editions in another.
 */
export function targetEvidence(db: Db, targets: readonly Target[]): TargetEvidence {
	return {
		indicators: listIndicators(db),
		countries: countryNames(db),
		policies: listPolicies(db),
		observations: observationsOfPairs(db, targets),
		editions: editionsOf(db, [...new Set(targets.map((t) => t.indicator))]),
		highestRank: highestRank(db, 'EGDI')
	};
}
