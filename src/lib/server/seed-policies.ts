import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './db/connection';
import { saveTexts } from './db/entered-texts';
import { setMilestoneTargets } from './db/milestone-links';
import { createMilestone, createPolicy, createTarget } from './db/policies';
import type { MilestoneStatus, TargetKind } from './db/schema';
import { getSetting, setSetting } from './db/settings';
import { transaction } from './db/transactions';

/** A row's text in other languages: language → field → text. */
type SeedTexts = Record<string, Record<string, string>>;

interface SeedFile {
	policies: {
		name: string;
		country: string;
		startYear: number;
		endYear: number;
		description: string;
		sourceUrl?: string;
		texts?: SeedTexts;
		milestones?: {
			date: string;
			title: string;
			description?: string;
			responsibleBody?: string;
			status?: MilestoneStatus;
			evidenceUrl?: string;
			component?: string;
			texts?: SeedTexts;
			/** The policy's targets it serves, by position in `targets`. */
			serves?: number[];
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
			texts?: SeedTexts;
		}[];
	}[];
}

const SEEDED = 'policies_seeded';

/** Seed texts (language → field → text) as `saveTexts` takes them (field → language → text). */
function byField(texts: SeedTexts = {}): Record<string, Record<string, string>> {
	const fields: Record<string, Record<string, string>> = {};
	for (const [locale, byName] of Object.entries(texts))
		for (const [field, text] of Object.entries(byName)) (fields[field] ??= {})[locale] = text;
	return fields;
}

/**
 * Seeds the policies, milestones and example targets of `data/policies.json` once (with their
 * texts in other languages and the targets each milestone serves): a setting
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
			saveTexts(db, 'policy', policyId, byField(p.texts));
			const targetIds = (p.targets ?? []).map((t) => {
				const id = createTarget(db, {
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
				saveTexts(db, 'target', id, byField(t.texts));
				return id;
			});
			for (const m of p.milestones ?? []) {
				const milestoneId = createMilestone(db, {
					policyId,
					date: m.date,
					title: m.title,
					description: m.description ?? '',
					responsibleBody: m.responsibleBody ?? '',
					status: m.status ?? 'planned',
					evidenceUrl: m.evidenceUrl ?? null,
					component: m.component ?? null
				});
				saveTexts(db, 'milestone', milestoneId, byField(m.texts));
				setMilestoneTargets(
					db,
					milestoneId,
					(m.serves ?? []).map((n) => targetIds[n])
				);
			}
		}
		setSetting(db, SEEDED, new Date().toISOString());
	});
	return true;
}
