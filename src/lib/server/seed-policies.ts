import type Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface SeedFile {
	policies: {
		name: string;
		country: string;
		startYear: number;
		endYear: number;
		description: string;
		sourceUrl?: string;
		milestones?: Record<string, string>[];
		targets?: {
			indicator: string;
			kind: string;
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
export function seedPolicies(sqlite: Database.Database, dataDir: string): boolean {
	const file = join(dataDir, 'policies.json');
	if (!existsSync(file) || sqlite.prepare('SELECT 1 FROM settings WHERE key = ?').get(SEEDED)) {
		return false;
	}
	const seed = JSON.parse(readFileSync(file, 'utf8')) as SeedFile;
	const policy = sqlite.prepare(
		`INSERT INTO policies (name, country, start_year, end_year, description, source_url)
		 VALUES (@name, @country, @startYear, @endYear, @description, @sourceUrl)`
	);
	const milestone = sqlite.prepare(
		`INSERT INTO milestones (policy_id, date, title, description, responsible_body, status, evidence_url)
		 VALUES (@policyId, @date, @title, @description, @responsibleBody, @status, @evidenceUrl)`
	);
	const target = sqlite.prepare(
		`INSERT INTO targets (policy_id, country, indicator, baseline_year, target_year, kind, target_value, target_rank, target_level, note, is_example)
		 VALUES (@policyId, @country, @indicator, @baselineYear, @targetYear, @kind, @targetValue, @targetRank, @targetLevel, @note, 1)`
	);
	sqlite.transaction(() => {
		for (const p of seed.policies) {
			const policyId = Number(policy.run({ ...p, sourceUrl: p.sourceUrl ?? null }).lastInsertRowid);
			for (const m of p.milestones ?? []) {
				milestone.run({ evidenceUrl: null, description: '', responsibleBody: '', ...m, policyId });
			}
			for (const t of p.targets ?? []) {
				target.run({
					targetValue: null,
					targetRank: null,
					targetLevel: null,
					note: '',
					...t,
					policyId,
					country: p.country
				});
			}
		}
		sqlite
			.prepare('INSERT INTO settings (key, value) VALUES (?, ?)')
			.run(SEEDED, new Date().toISOString());
	})();
	return true;
}
