import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

// The official EN 16931 CII schematron (XSLT 2 in the shared peers, never copied here) run with SaxonJS's xslt3.

const run = promisify(execFile);
const XSLT3 = require.resolve('xslt3/xslt3.js');
const SCHEMATRON = 'peers/en16931/EN16931-CII-validation.xslt';

export interface FailedAssert {
  id: string;
  flag: string;
  text: string;
}

/** Found like .ci/run's shared_dir: ACQUITTE_SHARED_DIR, then ../shared, then /work/shared. */
export function schematronPath(): string {
  const candidates = [process.env.ACQUITTE_SHARED_DIR, resolve('..', 'shared'), '/work/shared'].filter(
    (dir): dir is string => Boolean(dir),
  );
  const found = candidates.map((dir) => join(dir, SCHEMATRON)).find((path) => existsSync(path));
  if (!found) {
    throw new Error(`EN 16931 schematron not found (${SCHEMATRON} under ${candidates.join(', ')})`);
  }
  return found;
}

/** On a fresh machine the first validation compiles the schematron: minutes on a loaded 2-core machine. */
export const SCHEMATRON_FIRST_RUN_MS = 600_000;

/** Compiled once per machine to a SEF, cached by the XSLT's sha256 (compiling takes a minute or two). */
export async function compiledSchematron(): Promise<string> {
  const xslt = schematronPath();
  const sha = createHash('sha256').update(readFileSync(xslt)).digest('hex');
  const cacheDir = join(homedir(), '.cache', 'acquitte-tools', 'en16931');
  const sef = join(cacheDir, `${sha}.sef.json`);
  if (existsSync(sef)) {
    return sef;
  }
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${sef}.${process.pid}.tmp`;
  await run(process.execPath, [XSLT3, `-xsl:${xslt}`, `-export:${partial}`, '-nogo'], { maxBuffer: 16 * 1024 * 1024 });
  renameSync(partial, sef);
  return sef;
}

function failedAsserts(svrl: string): FailedAssert[] {
  return [...svrl.matchAll(/<svrl:failed-assert\b([^>]*)>([\s\S]*?)<\/svrl:failed-assert>/g)].map(
    ([, attributes, body]) => ({
      id: /\bid="([^"]*)"/.exec(attributes)?.[1] ?? '',
      flag: /\bflag="([^"]*)"/.exec(attributes)?.[1] ?? '',
      text: body
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    }),
  );
}

/** SaxonJS, the engine xslt3 runs: one process validates the whole matrix on a stylesheet loaded once. */
interface SaxonJs {
  transform(
    options: { stylesheetInternal: unknown; sourceText: string; destination: 'serialized' },
    mode: 'async',
  ): Promise<{ principalResult: string }>;
}
const saxon = async (): Promise<SaxonJs> =>
  ((await import(require.resolve('saxon-js', { paths: [dirname(XSLT3)] }))) as { default: SaxonJs }).default;

/** The failed asserts of each document, by name. */
export async function validateCii(documents: Record<string, string>): Promise<Record<string, FailedAssert[]>> {
  const stylesheetInternal: unknown = JSON.parse(readFileSync(await compiledSchematron(), 'utf8'));
  const engine = await saxon();
  const reports: Record<string, FailedAssert[]> = {};
  for (const [name, sourceText] of Object.entries(documents)) {
    const { principalResult } = await engine.transform(
      { stylesheetInternal, sourceText, destination: 'serialized' },
      'async',
    );
    reports[name] = failedAsserts(principalResult);
  }
  return reports;
}
