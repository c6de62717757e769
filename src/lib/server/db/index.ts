import { building } from '$app/environment';
import { databasePath, openDatabase } from './connection';

export type { Db } from './connection';

/**
 * The application's one database connection. While SvelteKit analyses the build, nothing is
 * opened on disk.
 *
 * The convention of every module of this folder: its functions take the connection as their
 * first parameter (`listTargets(db, 'KHM')`), and none of them imports this file. Why not
 * modules bound to this `db`: the same queries run on other connections too, and must: the
 * import pipeline (upload, API, `npm run import`, the bundled data on first start) writes on a
 * connection of its own, so that readers here never see half a file, and the command-line
 * scripts are bundled without SvelteKit (`$app/environment` is not there). Tests pass a
 * temporary database. So only routes and `hooks.server.ts` import this `db`, and hand it
 * down; services in `src/lib/server` take a connection the same way.
 */
export const db = openDatabase(building ? ':memory:' : databasePath());
