/**
 * The database's tables, by concern, as drizzle-kit reads them (drizzle.config.ts names this
 * file): what `$lib/server/db/schema` exports, the one place migrations are generated from.
 */
export * from './accounts';
export * from './data';
export * from './plans';
export * from './reference';
export * from './texts';
