// How a worker process is started. Node sizes V8's heaps from the machine's RAM (here 4 GiB of old space and 16 MiB
// semi-spaces per isolate) and glibc gives each thread its own malloc arena: left alone, the worker's RSS drifts
// far above what its cached workflows hold. These bounds keep 10,000 open workflows under 512 MiB (bench `memory`),
// at no CPU cost the reminders bench can see. docker-compose.yml and `npm run start:worker` repeat them (checked by
// the spec next to this file).

/** V8 flags given before the worker's script; they bind the main thread and the workflow threads alike. */
export const WORKER_NODE_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=4'] as const;

/** glibc malloc arenas for the whole process (Node, Prisma and Temporal's Rust core threads). */
export const WORKER_MALLOC_ARENAS = '2';

/** The `node` arguments that run `script` as a worker. */
export function workerNodeArgs(script: string, extra: readonly string[] = []): string[] {
  return [...WORKER_NODE_FLAGS, ...extra, script];
}

/** The worker's environment: the malloc bound, unless the caller sets its own. */
export function workerProcessEnv<T extends Record<string, string | undefined>>(env: T): T {
  return { MALLOC_ARENA_MAX: WORKER_MALLOC_ARENAS, ...env };
}
