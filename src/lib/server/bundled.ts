import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Db } from './db/connection';
import { hasCountries } from './db/countries';
import { hasObservations } from './db/observations';
import { formatIssue, runImport } from './import';
import { loadBuiltInIndicators, loadReferenceData, syncShippedReferenceData } from './reference';
import { seedPolicies } from './seed-policies';

/**
 * Loads countries, aliases, groups and indicators when the countries table is empty; otherwise
 * brings what the application ships up to this version — the built-in indicators' definitions,
 * the UN's country groups (LDC, LLDC, SIDS) and the aliases — leaving what users made alone.
 */
export function ensureReferenceData(db: Db, dataDir: string): void {
	if (!hasCountries(db)) loadReferenceData(db, dataDir);
	else {
		loadBuiltInIndicators(db);
		syncShippedReferenceData(db, dataDir);
	}
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
export async function loadBundledData(db: Db, dataDir: string): Promise<number> {
	ensureReferenceData(db, dataDir);
	seedPolicies(db, dataDir);
	if (hasObservations(db)) return 0;
	const files = bundledObservationFiles(dataDir);
	for (const file of files) {
		const report = await runImport(db, createReadStream(file), {
			fileName: basename(file),
			importedBy: 'system',
			layout: 'long',
			// The published Survey as the UN released it: its oddities are known (data/README.md).
			acknowledgeWarnings: true,
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
