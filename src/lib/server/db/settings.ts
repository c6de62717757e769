import { eq } from 'drizzle-orm';
import type { Db } from './connection';
import { settings } from './schema';

/** A setting's value, or undefined when it was never set. */
export function getSetting(db: Db, key: string): string | undefined {
	return db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()
		?.value;
}

/** Sets a setting, replacing its value if it had one. */
export function setSetting(db: Db, key: string, value: string): void {
	db.insert(settings)
		.values({ key, value })
		.onConflictDoUpdate({ target: settings.key, set: { value } })
		.run();
}
