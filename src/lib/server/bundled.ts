import type Database from 'better-sqlite3';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatIssue, runImport } from './import';
import { loadReferenceData } from './reference';
import { seedPolicies } from './seed-policies';

/** Loads countries, aliases, groups and indicators when the countries table is empty. */
export function ensureReferenceData(sqlite: Database.Database, dataDir: string): void {
	const { n } = sqlite.prepare('SELECT count(*) AS n FROM countries').get() as { n: number };
	if (n === 0) loadReferenceData(sqlite, dataDir);
}

/** The bundled observation files, oldest edition first. */
export function bundledObservationFiles(dataDir: string): string[] {
	const dir = join(dataDir, 'observations');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.csv'))
		.sort()
		.map((f) => join(dir, f));
}

/**
 * On first start: loads the reference data, seeds the policies once and, when no observation
 * is stored yet, every bundled edition through the import pipeline (recorded as imports by
 * "system").
 * Returns how many files were imported.
 */
export async function loadBundledData(sqlite: Database.Database, dataDir: string): Promise<number> {
	ensureReferenceData(sqlite, dataDir);
	seedPolicies(sqlite, dataDir);
	const { n } = sqlite.prepare('SELECT count(*) AS n FROM observations').get() as { n: number };
	if (n > 0) return 0;
	const files = bundledObservationFiles(dataDir);
	for (const file of files) {
		const report = await runImport(sqlite, createReadStream(file), {
			fileName: basename(file),
			importedBy: 'system',
			layout: 'long',
			totalBytes: statSync(file).size
		});
		if (report.status === 'rejected') {
			throw new Error(
				`Bundled file ${file} was rejected:\n${report.errors.map(formatIssue).join('\n')}`
			);
		}
	}
	return files.length;
}
