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
 * Files uploaded for preview, kept until they are published or cancelled (or a day has passed),
 * so that "Publish" imports exactly the bytes that were previewed.
 */
const DIR = process.env.UPLOAD_DIR ?? join(tmpdir(), 'egov-uploads');
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface PendingUpload {
	fileName: string;
	sha256: string;
	uploadedBy: string;
}

function paths(token: string) {
	if (!/^[a-f0-9]{32}$/.test(token)) return null;
	return { data: join(DIR, `${token}.csv`), meta: join(DIR, `${token}.json`) };
}

/** Keeps an uploaded file; returns the token that names it. */
export function keepUpload(content: Buffer, fileName: string, uploadedBy: string): string {
	mkdirSync(DIR, { recursive: true });
	for (const f of readdirSync(DIR)) {
		const p = join(DIR, f);
		if (Date.now() - statSync(p).mtimeMs > MAX_AGE_MS) rmSync(p, { force: true });
	}
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
	return { ...meta, content: readFileSync(p.data) };
}

/** Forgets a kept file (after publishing, or on cancel). */
export function dropUpload(token: string): void {
	const p = paths(token);
	if (!p) return;
	rmSync(p.data, { force: true });
	rmSync(p.meta, { force: true });
}
