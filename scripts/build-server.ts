// Compiles src/ and workflows/ into dist/ file by file with swc (Nest's fast builder; legacy decorators and their
// metadata as tsc emits them): under a second of CPU instead of a minute of whole-program compilation on this machine.
// Type-checking is `npm run typecheck`'s job (npm test runs it first).
import fs from 'node:fs';
import path from 'node:path';
import { transformFileSync, type Options } from '@swc/core';

const root = path.resolve(__dirname, '..');
const SOURCES = ['src', 'workflows'];
const ASSETS = [{ from: 'src/documents/uno_bridge.py', to: 'dist/src/documents/uno_bridge.py' }];
const SWC: Options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    target: 'es2022',
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: true,
  swcrc: false,
  configFile: false,
};

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

function emit(file: string): void {
  const target = path.join(root, 'dist', path.relative(root, file).replace(/\.ts$/, '.js'));
  const { code, map } = transformFileSync(file, { ...SWC, filename: file, sourceFileName: file });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
  if (map) {
    fs.writeFileSync(`${target}.map`, map);
  }
}

export function buildServer(): number {
  const files = SOURCES.flatMap(sourceFiles);
  files.forEach(emit);
  for (const asset of ASSETS) {
    fs.copyFileSync(path.join(root, asset.from), path.join(root, asset.to));
  }
  return files.length;
}

if (require.main === module) {
  const started = Date.now();
  const count = buildServer();
  console.log(`Compiled ${count} files into dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
