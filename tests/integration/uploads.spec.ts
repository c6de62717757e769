/** Upload previews: bounded per user, dropped only by their uploader, expired after a while. */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readdirSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

const dir = vi.hoisted(() => {
	const path = `${process.env.TMPDIR ?? '/tmp'}/egov-uploads-spec-${process.pid}`;
	process.env.UPLOAD_DIR = path;
	return path;
});
const { dropUpload, keepUpload, MAX_AGE_MS, MAX_PER_USER, takeUpload } =
	await import('../../src/lib/server/uploads');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const csv = Buffer.from('iso3,indicator,year,value\nKHM,EGDI,2024,0.5\n');

describe('upload previews', () => {
	it('keeps at most a few per user, the oldest going first', () => {
		const tokens = Array.from({ length: 20 }, () => keepUpload(csv, 'a.csv', 'ana@example.org'));
		const other = keepUpload(csv, 'b.csv', 'ben@example.org');
		expect(readdirSync(dir).filter((f) => f.endsWith('.csv'))).toHaveLength(MAX_PER_USER + 1);
		expect(takeUpload(tokens[0], 'ana@example.org')).toBeNull();
		expect(takeUpload(tokens.at(-1)!, 'ana@example.org')).not.toBeNull();
		expect(takeUpload(other, 'ben@example.org')).not.toBeNull();
	});

	it('is cancelled only by its uploader', () => {
		const token = keepUpload(csv, 'a.csv', 'ana@example.org');
		dropUpload(token, 'mallory@example.org');
		expect(takeUpload(token, 'ana@example.org')).not.toBeNull();
		dropUpload(token, 'ana@example.org');
		expect(takeUpload(token, 'ana@example.org')).toBeNull();
	});

	it('expires', () => {
		const token = keepUpload(csv, 'a.csv', 'cat@example.org');
		const old = new Date(Date.now() - MAX_AGE_MS - 1000);
		for (const ext of ['csv', 'json']) utimesSync(join(dir, `${token}.${ext}`), old, old);
		expect(takeUpload(token, 'cat@example.org')).toBeNull();
		keepUpload(csv, 'a.csv', 'dan@example.org');
		expect(readdirSync(dir).some((f) => f.startsWith(token))).toBe(false);
	});
});
