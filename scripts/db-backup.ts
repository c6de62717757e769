/**
 * A consistent copy of the database, safe while the server runs:
 *   npm run db:backup -- <path>
 * Exit status 0 when the copy is written and checked, 1 when it fails, 2 on bad usage.
 */
import { BackupError, backupDatabase } from '../src/lib/server/db/backup';
import { databasePath } from '../src/lib/server/db/connection';

const target = process.argv[2];
if (!target || process.argv.length > 3 || target.startsWith('-')) {
	console.error('usage: npm run db:backup -- <path of the copy>');
	process.exit(2);
}
try {
	const started = performance.now();
	const { observations } = await backupDatabase(databasePath(), target);
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	console.log(
		`${databasePath()} → ${target}: ${observations} observations, checked [${seconds} s]`
	);
} catch (error) {
	console.error(error instanceof BackupError ? error.message : error);
	process.exit(1);
}
