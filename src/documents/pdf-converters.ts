import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { AppConfig } from '../config/config';
import { LibreOfficeConvertConverter } from './libreoffice-convert.converter';
import type { PdfConverter } from './pdf-converter';
import { SofficePool } from './soffice-pool';
import { UNO_BRIDGE_SCRIPT } from './uno-bridge-process';

type ConverterConfig = Pick<
  AppConfig,
  | 'PDF_RENDERER'
  | 'PDF_POOL_SIZE'
  | 'PDF_POOL_MAX_CONVERSIONS'
  | 'PDF_RENDER_TIMEOUT_MS'
  | 'UNO_PYTHON'
  | 'SOFFICE_PATH'
>;

export const PYTHON3_UNO_HINT =
  'install python3-uno (Debian/Ubuntu: sudo apt-get install -y python3-uno) or set UNO_PYTHON to a python3 that can import uno';

/** The one place the PDF driver is chosen: the warm pool when configured and able to start, else libreoffice-convert. */
export function createPdfConverter(config: ConverterConfig, warn: (line: string) => void): PdfConverter {
  const fallback = () =>
    new LibreOfficeConvertConverter({
      sofficePath: config.SOFFICE_PATH,
      concurrency: config.PDF_POOL_SIZE,
      timeoutMs: config.PDF_RENDER_TIMEOUT_MS,
    });
  if (config.PDF_RENDERER === 'libreoffice-convert') {
    return fallback();
  }
  const missing = unoBridgeUnavailable(config.UNO_PYTHON);
  if (missing) {
    warn(`PDF pool unavailable (${missing}): rendering with one cold LibreOffice per document; ${PYTHON3_UNO_HINT}.`);
    return fallback();
  }
  return new SofficePool({
    size: config.PDF_POOL_SIZE,
    python: config.UNO_PYTHON,
    sofficePath: config.SOFFICE_PATH,
    timeoutMs: config.PDF_RENDER_TIMEOUT_MS,
    maxConversions: config.PDF_POOL_MAX_CONVERSIONS,
  });
}

/** Why the UNO bridge cannot run here, or undefined when it can (a missing soffice is reported at render time). */
export function unoBridgeUnavailable(python: string): string | undefined {
  if (!fs.existsSync(UNO_BRIDGE_SCRIPT)) {
    return `${UNO_BRIDGE_SCRIPT} is missing from the build`;
  }
  const probe = spawnSync(python, ['-c', 'import uno'], { encoding: 'utf8', timeout: 10_000 });
  if (probe.error) {
    return `${python} cannot run: ${probe.error.message}`;
  }
  if (probe.status !== 0) {
    return `${python} cannot import uno`;
  }
  return undefined;
}
