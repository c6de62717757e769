import { createHash, randomBytes } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Files uploaded for preview, kept until they are published or cancelled (or MAX_AGE_MS has
 * passed), so that "Publish" imports exactly the bytes that were previewed. Each user keeps at
 * most MAX_PER_USER previews, the oldest going first: disk use is bounded by the number of
 * analysts, not by how often one of them (or a stolen session) uploads.
 */
const DIR = process.env.UPLOAD_DIR ?? join(tmpdir(), 'egov-uploads');
export const MAX_AGE_MS = 2 * 60 * 60 * 1000;
export const MAX_PER_USER = 3;

export interface PendingUpload {
	fileName: string;
	sha256: string;
	uploadedBy: string;
}

function paths(token: string) {
	if (!/^[a-f0-9]{32}$/.test(token)) return null;
	return { data: join(DIR, `${token}.csv`), meta: join(DIR, `${token}.json`) };
}

/** Removes expired previews, and the oldest of `user`'s beyond MAX_PER_USER - 1. */
function cleanUp(user: string, now = Date.now()): void {
	const mine: { token: string; at: number }[] = [];
	for (const f of readdirSync(DIR)) {
		const p = join(DIR, f);
		let at: number;
		try {
			at = statSync(p).mtimeMs;
		} catch {
			continue; // removed meanwhile
		}
		if (now - at > MAX_AGE_MS) {
			rmSync(p, { force: true });
			continue;
		}
		if (!f.endsWith('.json')) continue;
		try {
			const meta = JSON.parse(readFileSync(p, 'utf8')) as PendingUpload;
			if (meta.uploadedBy === user) mine.push({ token: f.slice(0, -'.json'.length), at });
		} catch {
			// half written by another request, or not ours
		}
	}
	mine.sort((a, b) => a.at - b.at);
	for (const { token } of mine.slice(0, Math.max(0, mine.length - (MAX_PER_USER - 1))))
		dropUpload(token, user);
}

/** Keeps an uploaded file; returns the token that names it. */
export function keepUpload(content: Buffer, fileName: string, uploadedBy: string): string {
	mkdirSync(DIR, { recursive: true });
	cleanUp(uploadedBy);
	const token = randomBytes(16).toString('hex');
	const p = paths(token)!;
	writeFileSync(p.data, content);
	const sha256 = createHash('sha256').update(content).digest('hex');
	writeFileSync(p.meta, JSON.stringify({ fileName, sha256, uploadedBy } satisfies PendingUpload));
	return token;
}

/** The kept file and its details, if the token names one kept by `user`. */
export function takeUpload(
	token: string,
	user: string
): (PendingUpload & { content: Buffer }) | null {
	const p = paths(token);
	if (!p || !existsSync(p.meta) || !existsSync(p.data)) return null;
	const meta = JSON.parse(readFileSync(p.meta, 'utf8')) as PendingUpload;
	if (meta.uploadedBy !== user) return null;
	if (Date.now() - statSync(p.meta).mtimeMs > MAX_AGE_MS) return null;
	return { ...meta, content: readFileSync(p.data) };
}

/** The user who kept the file `token` names, if it is still there. */
function ownerOf(token: string): string | null {
	const p = paths(token);
	if (!p) return null;
	try {
		return (JSON.parse(readFileSync(p.meta, 'utf8')) as PendingUpload).uploadedBy;
	} catch {
		return null;
	}
}

/** Forgets a kept file of `user`'s (after publishing, or on cancel); anyone else's stays. */
export function dropUpload(token: string, user: string): void {
	const p = paths(token);
	if (!p || ownerOf(token) !== user) return;
	rmSync(p.data, { force: true });
	rmSync(p.meta, { force: true });
}
