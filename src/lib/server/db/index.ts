import { building } from '$app/environment';
import { databasePath, openDatabase } from './connection';

/**
 * The application's one database connection. While SvelteKit analyses the build, nothing is
 * opened on disk.
 */
export const db = openDatabase(building ? ':memory:' : databasePath());
