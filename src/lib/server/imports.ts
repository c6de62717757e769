import { AsyncLocalStorage } from 'node:async_hooks';
import { Worker } from 'node:worker_threads';
import type { ImportOptions, ImportReport } from './import';
import { runJob, type Job } from './import/jobs';
import type { UndoResult } from './import/undo';
import type { WorkerAnswer, WorkerRequest } from './import/worker';

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
	started.on('message', (answer: WorkerAnswer) => {
		if ('step' in answer) {
			if (answer.step === 'written') endWriteStep();
			else
				void beginWriteStep().then(() =>
					started.postMessage({ granted: answer.id } satisfies WorkerRequest)
				);
			return;
		}
		const job = pending.get(answer.id);
		pending.delete(answer.id);
		if (answer.ok) job?.resolve(answer.result);
		else job?.reject(new Error(answer.error));
	});
	const fail = (error: Error) => {
		worker = null;
		endWriteStep();
		for (const job of pending.values()) job.reject(error);
		pending.clear();
	};
	started.on('error', fail);
	started.on('exit', (code) => fail(new Error(`the import worker stopped (${code})`)));
	// The worker must not keep the server running once it is asked to stop. After the listeners:
	// adding a 'message' listener refs the worker's port again.
	started.unref();
	worker = started;
	return worker;
}

/**
 * The server's own writes and the import's, kept apart. SQLite has one write lock; if the
 * import held it while a request wrote on the application's connection (a sign-in's session,
 * a form), better-sqlite3 would wait for it on the server's only thread, and every other
 * request with it. So a request that may write waits, off the thread, while an import writes
 * (hooks/import-writes.ts), and an import about to write (its file checked: the short last step
 * of a publish, or an undo) first waits for the requests already past that point to finish,
 * for at most WRITE_STEP_WAIT_MS (a request whose body trickles in must not hold it back).
 */
let writeStep: { granted: boolean; done: Promise<void>; end(): void } | null = null;
/** Requests that may write, past the gate and not waiting for an import job of their own. */
let writesInFlight = 0;
let drained: (() => void) | null = null;
/** How the last write step was let go: at once, once the requests were done, or after the wait. */
type Grant = 'at once' | 'requests done' | 'waited enough';
let lastGrant: Grant | null = null;
export const WRITE_STEP_WAIT_MS = 1000;
/** The request's hold on the gate, so that it lets go while it waits for an import job. */
const holds = new AsyncLocalStorage<{ holding: boolean }>();

async function beginWriteStep(): Promise<void> {
	let end!: () => void;
	const done = new Promise<void>((resolve) => (end = resolve));
	const step = { granted: false, done, end };
	writeStep = step;
	lastGrant = 'at once';
	if (writesInFlight > 0) {
		lastGrant = await new Promise<Grant>((resolve) => {
			const timer = setTimeout(() => {
				drained = null;
				resolve('waited enough');
			}, WRITE_STEP_WAIT_MS);
			drained = () => {
				clearTimeout(timer);
				drained = null;
				resolve('requests done');
			};
		});
	}
	step.granted = true;
}

function endWriteStep(): void {
	const step = writeStep;
	writeStep = null;
	step?.end();
}

async function hold(): Promise<void> {
	while (writeStep) await writeStep.done;
	writesInFlight++;
}

function letGo(): void {
	writesInFlight--;
	if (writesInFlight === 0) drained?.();
}

/** Where the gate between the server's writes and the import's stands (for tests). */
export function writeGate() {
	return {
		step: !writeStep ? 'none' : writeStep.granted ? 'writing' : 'waiting',
		requests: writesInFlight,
		lastGrant
	} as const;
}

/**
 * Runs a request that may write (hooks/import-writes.ts): once no import is writing or about to,
 * and holding the import's next write step back until it has answered.
 */
export async function withWritesAllowed<T>(work: () => Promise<T>): Promise<T> {
	await hold();
	const held = { holding: true };
	try {
		return await holds.run(held, work);
	} finally {
		if (held.holding) letGo();
	}
}

/** Jobs in the order they were asked; each starts when the one before has answered. */
let queue: Promise<unknown> = Promise.resolve();

async function enqueue<T>(job: Job): Promise<T> {
	// A request waiting for its own job must not hold back that job's write step: it lets go
	// meanwhile, and holds again (once no import writes) when the job has answered.
	const held = holds.getStore();
	const released = !!held?.holding;
	if (held && released) {
		held.holding = false;
		letGo();
	}
	const run = async () => {
		const thread = await startWorker();
		if (!thread) return runJob(job, { beforeWrite: beginWriteStep, afterWrite: endWriteStep });
		return new Promise((resolve, reject) => {
			const id = nextId++;
			pending.set(id, { resolve, reject });
			thread.postMessage({ id, job } satisfies WorkerRequest);
		});
	};
	const result = queue.then(run, run);
	queue = result.catch(() => {});
	try {
		return (await result) as T;
	} finally {
		if (held && released) {
			await hold();
			held.holding = true;
		}
	}
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
