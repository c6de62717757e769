/**
 * Puts a backup's content back into the database (DATABASE_URL), then applies any migration
 * the backup predates:
 *   npm run db:restore -- <path of the backup>
 * The current content is kept beside the database first (`<name>.before-restore-<time>`).
 * Exit status 0 when restored, 1 when the backup is refused or the restore fails, 2 on bad usage.
 */
import { BackupError, restoreDatabase } from '../src/lib/server/db/backup';
import { databasePath, openDatabase } from '../src/lib/server/db/connection';

const backup = process.argv[2];
if (!backup || process.argv.length > 3 || backup.startsWith('-')) {
	console.error('usage: npm run db:restore -- <path of the backup>');
	process.exit(2);
}
try {
	const target = databasePath();
	const { observations, kept } = await restoreDatabase(backup, target);
	openDatabase(target).$client.close();
	console.log(`${backup} → ${target}: restored, ${observations} observations`);
	if (kept) console.log(`The previous content is kept in ${kept}.`);
} catch (error) {
	console.error(error instanceof BackupError ? error.message : error);
	process.exit(1);
}
