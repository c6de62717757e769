import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type WriteStep } from './jobs';

/**
 * The import worker: a thread of its own that runs the server's imports and undos, one at a time,
 * each on a connection of its own (../imports.ts starts it and queues the jobs). The server's
 * thread goes on answering while a file is parsed, checked and written.
 *
 * The worker runs this very module (the build's chunk of it): `workerUrl` is its address. The
 * code below does nothing when the module is loaded anywhere else.
 */
export const workerUrl = import.meta.url;

/**
 * What the worker sends for each job: its write step asked for and ended (around the writing of
 * a publish or an undo, see ../imports.ts), then its answer.
 */
export type WorkerAnswer =
	| { id: number; step: 'write' | 'written' }
	| { id: number; ok: true; result: unknown }
	| { id: number; ok: false; error: string };

/** What the server sends: a job, or the go-ahead for the write step a job asked for. */
export type WorkerRequest = { id: number; job: Job } | { granted: number };

if (!isMainThread && (workerData as { role?: string } | null)?.role === 'egov-import') {
	const port = parentPort!;
	let queue = Promise.resolve();
	const grants = new Map<number, () => void>();
	port.on('message', (message: WorkerRequest) => {
		if ('granted' in message) {
			grants.get(message.granted)?.();
			grants.delete(message.granted);
			return;
		}
		const { id, job } = message;
		const step: WriteStep = {
			beforeWrite: () =>
				new Promise<void>((resolve) => {
					grants.set(id, resolve);
					port.postMessage({ id, step: 'write' } satisfies WorkerAnswer);
				}),
			afterWrite: () => port.postMessage({ id, step: 'written' } satisfies WorkerAnswer)
		};
		// One job after the other: two on the same thread would wait for each other's lock.
		queue = queue.then(async () => {
			try {
				port.postMessage({ id, ok: true, result: await runJob(job, step) } satisfies WorkerAnswer);
			} catch (error) {
				port.postMessage({
					id,
					ok: false,
					error: String((error as Error)?.stack ?? error)
				} satisfies WorkerAnswer);
			}
		});
	});
}
