import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { toolsCacheDir } from './temporal';

export const MUSTANG_VALIDATOR_VERSION = '2.22.0';
const ARTIFACT = `org.mustangproject:validator:${MUSTANG_VALIDATOR_VERSION}:jar:shaded`;

/** The Mustang validator (veraPDF for PDF/A + Factur-X XMP and XML rules), fetched from Maven Central once per machine. */
export function ensureMustangValidator(log: (line: string) => void = console.log): string {
  const dir = path.join(toolsCacheDir(), `mustang-validator-${MUSTANG_VALIDATOR_VERSION}`);
  const jar = path.join(dir, `validator-${MUSTANG_VALIDATOR_VERSION}-shaded.jar`);
  if (fs.existsSync(jar)) {
    return jar;
  }
  log(`Fetching the Mustang validator ${MUSTANG_VALIDATOR_VERSION} from Maven Central into ${dir} (first run only)…`);
  // Copied into a private folder, then renamed: a concurrent test file never sees half a jar.
  const temporary = `${dir}.${process.pid}`;
  const copied = spawnSync(
    'mvn',
    ['-q', '-B', 'dependency:copy', `-Dartifact=${ARTIFACT}`, `-DoutputDirectory=${temporary}`],
    { stdio: 'inherit' },
  );
  if (copied.status !== 0) {
    throw new Error(
      `Cannot fetch ${ARTIFACT}: it needs Maven (Debian: apt-get install maven) and Maven Central reachable once.`,
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(temporary, dir);
  return jar;
}
