/** Creates the database if needed and applies pending migrations: `npm run db:migrate`. */
import { databasePath, openDatabase } from '../src/lib/server/db/connection';

const path = databasePath();
openDatabase(path).$client.close();
console.log(`${path}: migrations applied`);
