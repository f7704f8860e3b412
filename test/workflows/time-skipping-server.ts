// The SDK gives the Java time-skipping server 5 s to listen; on this 2-core machine under load the JVM needs ~12 s
// cold, ~3 s with a class-data-sharing archive and the C1 compiler only. This wraps the server with those flags.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { freePort, stopChild, waitForPort } from '../../scripts/lib/processes';
import { ALL_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';

const FAST_FLAGS = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss1m';

/** The time-skipping test environment on `server` (the stack's wrapper), with the invoice search attributes registered. */
export async function timeSkippingEnvironment(server: string): Promise<TestWorkflowEnvironment> {
  const env = await startTimeSkipping(await fastTimeSkippingServer(server));
  await registerSearchAttributes(env);
  return env;
}

/** A wrapper executable around `server` that starts the JVM from a class archive built once per machine. */
export async function fastTimeSkippingServer(server: string): Promise<string> {
  const dir = path.join(os.tmpdir(), 'acquitte-time-skipping');
  const archive = path.join(dir, `${path.basename(path.dirname(server))}-${fs.statSync(server).mtimeMs}.jsa`);
  const wrapper = `${archive}.sh`;
  if (fs.existsSync(wrapper)) {
    return wrapper;
  }
  fs.mkdirSync(dir, { recursive: true });
  await buildArchive(server, archive);
  const script = `#!/bin/sh\nJAVA_TOOL_OPTIONS='${FAST_FLAGS} -XX:SharedArchiveFile=${archive}' exec '${server}' "$@"\n`;
  // Written under a temporary name, then renamed: concurrent test files never see half a script.
  const temporary = `${wrapper}.${process.pid}`;
  fs.writeFileSync(temporary, script, { mode: 0o755 });
  fs.renameSync(temporary, wrapper);
  return wrapper;
}

// One start of the server, stopped once it listens: the JVM dumps the classes it loaded into the archive at exit.
async function buildArchive(server: string, archive: string): Promise<void> {
  const temporary = `${archive}.${process.pid}`;
  const port = await freePort();
  const child = spawn(server, [String(port)], {
    stdio: 'ignore',
    env: { ...process.env, JAVA_TOOL_OPTIONS: `${FAST_FLAGS} -XX:ArchiveClassesAtExit=${temporary}` },
  });
  await waitForPort(port, '127.0.0.1', 120_000, child);
  await stopChild(child, 30_000);
  fs.renameSync(temporary, archive);
}

/** Even started from its class archive, the JVM can miss the SDK's 5 s on a busy machine: five tries. */
async function startTimeSkipping(executable: string, attempts = 5): Promise<TestWorkflowEnvironment> {
  try {
    return await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: executable } },
    });
  } catch (error) {
    if (attempts <= 1 || !/did not start within/.test(String(error))) {
      throw error;
    }
    return startTimeSkipping(executable, attempts - 1);
  }
}

async function registerSearchAttributes(env: TestWorkflowEnvironment): Promise<void> {
  const types = { KEYWORD: 2, DOUBLE: 4, DATETIME: 6, TEXT: 1, INT: 3, BOOL: 5, KEYWORD_LIST: 7 } as const;
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(ALL_SEARCH_ATTRIBUTES.map((key) => [key.name, types[key.type]])),
  });
}
