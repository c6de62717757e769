/**
 * Imports CSV files into the database through the application's import pipeline.
 *   npm run import -- <file…> [--dry-run] [--layout auto|<a layout of LAYOUT_REGISTRY>]
 * Exit status 0 when every file is accepted, 1 when any is rejected, 2 on bad usage.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureReferenceData } from '../src/lib/server/bundled';
import { databasePath, openDatabase } from '../src/lib/server/db/connection';
import { formatIssue, runImport, type ImportReport } from '../src/lib/server/import';
import { describeLayouts, isLayoutName, LAYOUTS } from '../src/lib/server/import/layouts';
import { dataDirectory } from '../src/lib/server/reference';

const usage = `usage: npm run import -- <file…> [--dry-run] [--acknowledge-warnings] [--layout auto|${LAYOUTS.join('|')}]
a file whose checks warn (EGDI not the mean of its components, ranks out of order, outlying
changes, countries gone) is published only with --acknowledge-warnings.
layouts (auto, the default, recognises them from the header):
${describeLayouts()}`;

const { values: flags, positionals: files } = (() => {
	try {
		return parseArgs({
			allowPositionals: true,
			options: {
				'dry-run': { type: 'boolean', default: false },
				'acknowledge-warnings': { type: 'boolean', default: false },
				layout: { type: 'string', default: 'auto' },
				help: { type: 'boolean', short: 'h', default: false }
			}
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		process.exit(2);
	}
})();

const layout = flags.layout;
if (flags.help || files.length === 0 || (layout !== 'auto' && !isLayoutName(layout))) {
	console.error(usage);
	process.exit(flags.help ? 0 : 2);
}

const PROGRESS_FROM_BYTES = 5 * 1024 * 1024;
/** The most warnings printed for a file (all of them count). */
const SHOWN_WARNINGS = 50;
const db = openDatabase(databasePath());
ensureReferenceData(db, dataDirectory());

function summary(report: ImportReport): string {
	const v = report.values;
	const counts = `${report.rowsRead} rows read; values ${v.new} new, ${v.changed} changed, ${v.unchanged} unchanged`;
	const y = report.years;
	const years =
		y.length > 6 ? `${y[0]}–${y[y.length - 1]} (${y.length} years)` : y.join(', ') || 'no years';
	const what = `${report.layout}, ${years}`;
	switch (report.status) {
		case 'published':
			return `published as import #${report.importId} (${what}): ${counts}`;
		case 'unchanged':
			return `nothing to publish (${what}): ${counts}`;
		case 'dry_run':
			return `dry run, nothing written (${what}): ${counts}`;
		case 'unacknowledged':
			return `NOT PUBLISHED, nothing written: ${report.checks.length} warning(s) to look at; publish anyway with --acknowledge-warnings`;
		default:
			return `REJECTED, nothing written: ${report.errorCount} error(s)`;
	}
}

let rejected = 0;
for (const file of files) {
	if (!existsSync(file) || !statSync(file).isFile()) {
		console.error(`${file}: REJECTED: no such file`);
		rejected++;
		continue;
	}
	const size = statSync(file).size;
	const started = performance.now();
	let lastShown = 0;
	const report = await runImport(db, createReadStream(file), {
		fileName: basename(file),
		layout,
		dryRun: flags['dry-run'],
		acknowledgeWarnings: flags['acknowledge-warnings'],
		importedBy: 'cli',
		totalBytes: size,
		onProgress({ bytes, rows }) {
			if (size < PROGRESS_FROM_BYTES || performance.now() - lastShown < 500) return;
			lastShown = performance.now();
			process.stderr.write(`\r${file}: ${Math.round((100 * bytes) / size)}% read, ${rows} rows…`);
		}
	});
	if (lastShown) process.stderr.write('\n');
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
	console.log(`${file}: ${summary(report)} [${seconds} s, peak memory ${peakMb} MB]`);
	for (const check of report.checks.slice(0, SHOWN_WARNINGS)) {
		console.error(`  warning: ${check.message}`);
	}
	if (report.checks.length > SHOWN_WARNINGS) {
		console.error(`  … and ${report.checks.length - SHOWN_WARNINGS} more warning(s)`);
	}
	if (report.status === 'unacknowledged') rejected++;
	if (report.status === 'rejected') {
		rejected++;
		for (const issue of report.errors) console.error(`  ${formatIssue(issue)}`);
		const more = report.errorCount - report.errors.length;
		if (more > 0) console.error(`  … and ${more} more error(s)`);
	}
}
db.$client.close();
process.exit(rejected > 0 ? 1 : 0);
