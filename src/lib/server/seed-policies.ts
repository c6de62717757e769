import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './db/connection';
import { createMilestone, createPolicy, createTarget } from './db/policies';
import type { MilestoneStatus, TargetKind } from './db/schema';
import { getSetting, setSetting } from './db/settings';
import { transaction } from './db/transactions';

interface SeedFile {
	policies: {
		name: string;
		country: string;
		startYear: number;
		endYear: number;
		description: string;
		sourceUrl?: string;
		milestones?: {
			date: string;
			title: string;
			description?: string;
			responsibleBody?: string;
			status?: MilestoneStatus;
			evidenceUrl?: string;
		}[];
		targets?: {
			indicator: string;
			kind: TargetKind;
			targetValue?: number;
			targetRank?: number;
			targetLevel?: string;
			baselineYear: number;
			targetYear: number;
			note?: string;
		}[];
	}[];
}

const SEEDED = 'policies_seeded';

/**
 * Seeds the policies, milestones and example targets of `data/policies.json` once: a setting
 * remembers it, so that policies a user deletes do not come back on the next start. Example
 * targets come without a note: the targets page writes the example note in the reader's language.
 */
export function seedPolicies(db: Db, dataDir: string): boolean {
	const file = join(dataDir, 'policies.json');
	if (!existsSync(file) || getSetting(db, SEEDED) !== undefined) return false;
	const seed = JSON.parse(readFileSync(file, 'utf8')) as SeedFile;
	transaction(db, () => {
		for (const p of seed.policies) {
			const policyId = createPolicy(db, {
				name: p.name,
				country: p.country,
				startYear: p.startYear,
				endYear: p.endYear,
				description: p.description,
				sourceUrl: p.sourceUrl ?? null
			});
			for (const m of p.milestones ?? []) {
				createMilestone(db, {
					policyId,
					date: m.date,
					title: m.title,
					description: m.description ?? '',
					responsibleBody: m.responsibleBody ?? '',
					status: m.status ?? 'planned',
					evidenceUrl: m.evidenceUrl ?? null
				});
			}
			for (const t of p.targets ?? []) {
				createTarget(db, {
					policyId,
					country: p.country,
					indicator: t.indicator,
					baselineYear: t.baselineYear,
					targetYear: t.targetYear,
					kind: t.kind,
					targetValue: t.targetValue ?? null,
					targetRank: t.targetRank ?? null,
					targetLevel: t.targetLevel ?? null,
					note: t.note ?? '',
					isExample: true
				});
			}
		}
		setSetting(db, SEEDED, new Date().toISOString());
	});
	return true;
}
