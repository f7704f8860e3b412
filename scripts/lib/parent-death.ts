import { spawnSync } from 'node:child_process';

let setprivPath: string | null | undefined;

function setpriv(): string | null {
  if (setprivPath === undefined) {
    const found =
      process.platform === 'linux' ? spawnSync('sh', ['-c', 'command -v setpriv'], { encoding: 'utf8' }) : undefined;
    setprivPath = found?.status === 0 ? found.stdout.trim() : null;
  }
  return setprivPath;
}

/**
 * The command wrapped so that the kernel sends it SIGTERM when we die, even by kill -9 (PR_SET_PDEATHSIG through
 * util-linux `setpriv`, which then execs it: same pid). Elsewhere the command runs as is.
 */
export function parentDeathGuard(command: string, args: string[]): { command: string; args: string[] } {
  const wrapper = setpriv();
  return wrapper ? { command: wrapper, args: ['--pdeathsig', 'TERM', '--', command, ...args] } : { command, args };
}
