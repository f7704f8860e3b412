import { DefaultLogger, Runtime } from '@temporalio/worker';

// Workers log every state change at INFO; tests only want warnings and errors. Installed once per Jest worker process.
let installed = false;
export function quietTemporalLogs(): void {
  if (installed) {
    return;
  }
  installed = true;
  Runtime.install({ logger: new DefaultLogger('WARN') });
}
