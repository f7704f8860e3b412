import fs from 'node:fs';
import path from 'node:path';
import { WORKER_MALLOC_ARENAS, WORKER_NODE_FLAGS, workerNodeArgs, workerProcessEnv } from './worker-process';

const ROOT = path.join(__dirname, '../..');

describe('worker process bounds', () => {
  it('puts the V8 flags before the script and keeps what the caller adds', () => {
    expect(workerNodeArgs('dist/src/worker.js', ['--cpu-prof'])).toEqual([
      ...WORKER_NODE_FLAGS,
      '--cpu-prof',
      'dist/src/worker.js',
    ]);
  });

  it('sets the malloc arenas unless the environment already does', () => {
    expect(workerProcessEnv({ A: '1' })).toEqual({ A: '1', MALLOC_ARENA_MAX: WORKER_MALLOC_ARENAS });
    expect(workerProcessEnv({ MALLOC_ARENA_MAX: '8' }).MALLOC_ARENA_MAX).toBe('8');
  });

  it('is what docker-compose.yml and `npm run start:worker` start the worker with', () => {
    const compose = fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8');
    const workerService = compose.slice(compose.indexOf('\n  worker:'));
    const script = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts['start:worker'];
    for (const flag of WORKER_NODE_FLAGS) {
      expect(workerService).toContain(`'${flag}'`);
      expect(script).toContain(flag);
    }
    expect(workerService).toContain(`MALLOC_ARENA_MAX: '${WORKER_MALLOC_ARENAS}'`);
    expect(script).toContain(`MALLOC_ARENA_MAX=${WORKER_MALLOC_ARENAS}`);
  });
});
