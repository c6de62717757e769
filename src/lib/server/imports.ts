import { Worker } from 'node:worker_threads';
import type { ImportOptions, ImportReport } from './import';
import { runJob, type Job } from './import/jobs';
import type { UndoResult } from './import/undo';

/** The largest file the upload page and the API accept. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The longest file name kept with an import (longer ones are cut, by the API and the form). */
export const MAX_FILE_NAME = 200;

/** A file name as it is stored and shown: at most MAX_FILE_NAME characters. */
export function storedFileName(name: string | null | undefined, fallback = 'upload.csv'): string {
	return name?.slice(0, MAX_FILE_NAME) || fallback;
}

/**
 * Who imported, as a visitor may see it: an analyst's e-mail address only to signed-in users;
 * "cli" and "system" to everyone; null (the page says "an analyst") otherwise.
 */
export function importerShown(importedBy: string, signedIn: boolean): string | null {
	return signedIn || !importedBy.includes('@') ? importedBy : null;
}

/**
 * Imports and undos run on the import worker (import/worker.ts), one after the other: the
 * server's thread goes on answering every other request meanwhile, and two publishes at once
 * wait their turn instead of waiting for each other's lock. Where there is no built worker (the
 * development server and the tests run the TypeScript, which a worker thread cannot load), the
 * same jobs run here, still one at a time.
 */
let worker: Worker | null = null;
let workerFailed = false;
const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
let nextId = 1;

async function startWorker(): Promise<Worker | null> {
	if (worker || workerFailed) return worker;
	const { workerUrl } = await import('./import/worker');
	if (!workerUrl.endsWith('.js')) {
		workerFailed = true;
		return null;
	}
	const started = new Worker(new URL(workerUrl), { workerData: { role: 'egov-import' } });
	started.unref();
	started.on('message', (answer: { id: number; ok: boolean; result?: unknown; error?: string }) => {
		const job = pending.get(answer.id);
		pending.delete(answer.id);
		if (answer.ok) job?.resolve(answer.result);
		else job?.reject(new Error(answer.error));
	});
	const fail = (error: Error) => {
		worker = null;
		for (const job of pending.values()) job.reject(error);
		pending.clear();
	};
	started.on('error', fail);
	started.on('exit', (code) => fail(new Error(`the import worker stopped (${code})`)));
	worker = started;
	return worker;
}

/** Jobs in the order they were asked; each starts when the one before has answered. */
let queue: Promise<unknown> = Promise.resolve();
/** How many jobs that write (publish, undo) are queued or running. */
let writing = 0;
const writesDone: (() => void)[] = [];

function enqueue<T>(job: Job): Promise<T> {
	const writes = job.kind === 'undo' || !job.options.dryRun;
	if (writes) writing++;
	const run = async () => {
		const thread = await startWorker();
		if (!thread) return runJob(job);
		return new Promise((resolve, reject) => {
			const id = nextId++;
			pending.set(id, { resolve, reject });
			thread.postMessage({ id, job });
		});
	};
	const result = queue.then(run, run);
	queue = result.catch(() => {});
	void queue.then(() => {
		if (!writes) return;
		writing--;
		if (writing === 0) for (const resolve of writesDone.splice(0)) resolve();
	});
	return result as Promise<T>;
}

/**
 * Resolves when no publish or undo is queued or running: a write on the application's
 * connection then finds the database free, instead of holding the server's thread while SQLite
 * waits for the import's lock (hooks.server.ts awaits this before a request that may write).
 */
export function importWritesDone(): Promise<void> {
	if (writing === 0) return Promise.resolve();
	return new Promise((resolve) => writesDone.push(resolve));
}

/** Validates (dry run) or publishes an uploaded file, recording who did it. */
export function importFile(
	content: Buffer,
	options: Pick<ImportOptions, 'fileName' | 'dryRun' | 'layout'> & { importedBy: string }
): Promise<ImportReport> {
	return enqueue({ kind: 'import', content, options });
}

/** Undoes an import, recording who did it. */
export function undo(importId: number, actor: string): Promise<UndoResult> {
	return enqueue({ kind: 'undo', importId, actor });
}
