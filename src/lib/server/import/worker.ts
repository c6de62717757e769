import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job } from './jobs';

/**
 * The import worker: a thread of its own that runs the server's imports and undos, one at a time,
 * each on a connection of its own (../imports.ts starts it and queues the jobs). The server's
 * thread goes on answering while a file is parsed, checked and written.
 *
 * The worker runs this very module (the build's chunk of it): `workerUrl` is its address. The
 * code below does nothing when the module is loaded anywhere else.
 */
export const workerUrl = import.meta.url;

/** What the worker sends back for each job, in order. */
export type WorkerAnswer =
	{ id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

if (!isMainThread && (workerData as { role?: string } | null)?.role === 'egov-import') {
	const port = parentPort!;
	let queue = Promise.resolve();
	port.on('message', ({ id, job }: { id: number; job: Job }) => {
		// One job after the other: two on the same thread would wait for each other's lock.
		queue = queue.then(async () => {
			try {
				port.postMessage({ id, ok: true, result: await runJob(job) } satisfies WorkerAnswer);
			} catch (error) {
				port.postMessage({ id, ok: false, error: String((error as Error)?.stack ?? error) });
			}
		});
	});
}
