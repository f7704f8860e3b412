import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { toolsCacheDir } from './temporal';

export const SCHEMATHESIS_VERSION = '4.32.5';

/** The schemathesis CLI in its own venv under the tools cache (pip install on first use); throws saying what is missing. */
export function ensureSchemathesis(log: (line: string) => void = console.log): string {
  const venv = path.join(toolsCacheDir(), `schemathesis-${SCHEMATHESIS_VERSION}`);
  const cli = path.join(venv, 'bin', 'schemathesis');
  if (fs.existsSync(cli)) {
    return cli;
  }
  log(`Installing schemathesis ${SCHEMATHESIS_VERSION} into ${venv} (first run only)…`);
  run('python3', ['-m', 'venv', venv], 'python3 with the venv module (Debian: apt-get install python3-venv)');
  run(
    path.join(venv, 'bin', 'pip'),
    ['install', '-q', `schemathesis==${SCHEMATHESIS_VERSION}`],
    `pip install schemathesis==${SCHEMATHESIS_VERSION} (PyPI reachable)`,
  );
  if (!fs.existsSync(cli)) {
    throw new Error(`schemathesis was installed but ${cli} is missing`);
  }
  return cli;
}

function run(command: string, args: string[], needs: string): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`Cannot install schemathesis: \`${command} ${args.join(' ')}\` failed; it needs ${needs}.`);
  }
}
