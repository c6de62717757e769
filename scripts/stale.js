import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The latest modification time of a file, or of anything in a folder. */
function newestChange(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path).reduce((t, f) => Math.max(t, newestChange(join(path, f))), stat.mtimeMs);
}

/** Whether `target` is missing or older than any of `sources` (files or folders). */
export function isStale(target, sources) {
	if (!existsSync(target)) return true;
	const built = statSync(target).mtimeMs;
	return sources.some((s) => existsSync(s) && newestChange(s) > built);
}
