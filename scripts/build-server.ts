// Compiles src/ and workflows/ into dist/ file by file (TypeScript's transpileModule, as the tests do): seconds
// instead of a minute of whole-program compilation. Type-checking is `npm run typecheck`'s job (npm test runs it).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '..');
const ASSETS = [{ from: 'src/documents/uno_bridge.py', to: 'dist/src/documents/uno_bridge.py' }];

function projectFiles(): { files: string[]; options: ts.CompilerOptions } {
  const configFile = path.join(root, 'tsconfig.build.json');
  const { config, error } = ts.readConfigFile(configFile, ts.sys.readFile);
  if (error) {
    throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  }
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configFile);
  // CommonJS like tsc's node16 output for a package without "type": "module" (transpileModule cannot infer it).
  const options = {
    ...parsed.options,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
  };
  return { files: parsed.fileNames, options };
}

function emit(file: string, options: ts.CompilerOptions, outDir: string): void {
  const relative = path.relative(root, file).replace(/\.ts$/, '.js');
  const target = path.join(outDir, relative);
  const { outputText, sourceMapText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    compilerOptions: options,
    fileName: file,
    reportDiagnostics: false,
  });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(
    target,
    outputText.replace(/\/\/# sourceMappingURL=.*$/m, `//# sourceMappingURL=${path.basename(target)}.map`),
  );
  if (sourceMapText) {
    const map = JSON.parse(sourceMapText) as { sources: string[] };
    map.sources = [path.relative(path.dirname(target), file)];
    fs.writeFileSync(`${target}.map`, JSON.stringify(map));
  }
}

export function buildServer(): number {
  const { files, options } = projectFiles();
  const outDir = options.outDir ?? path.join(root, 'dist');
  for (const file of files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
    emit(file, options, outDir);
  }
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
