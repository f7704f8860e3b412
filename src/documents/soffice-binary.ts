import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { SofficeNotFoundError } from './documents.errors';

export const SOFFICE_INSTALL_HINT =
  'Install LibreOffice: sudo apt-get install -y libreoffice-writer-nogui fonts-dejavu fonts-liberation (Debian/Ubuntu), ' +
  'or set SOFFICE_PATH to the soffice binary.';

const SOFFICE_CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/snap/bin/libreoffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

async function isExecutable(file: string): Promise<boolean> {
  return fs.access(file, fsConstants.X_OK).then(
    () => true,
    () => false,
  );
}

/** The configured soffice (SOFFICE_PATH), else the usual install locations, else PATH. */
export async function findSoffice(configured: string | undefined): Promise<string> {
  if (configured) {
    if (await isExecutable(configured)) {
      return configured;
    }
    throw new SofficeNotFoundError(
      `SOFFICE_PATH=${configured} is not an executable LibreOffice binary. ${SOFFICE_INSTALL_HINT}`,
    );
  }
  const onPath = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .flatMap((dir) => [path.join(dir, 'soffice'), path.join(dir, 'libreoffice')]);
  for (const candidate of [...SOFFICE_CANDIDATES, ...onPath]) {
    if (await isExecutable(candidate)) {
      return candidate;
    }
  }
  throw new SofficeNotFoundError(
    `LibreOffice (soffice) was not found, so PDFs cannot be rendered. ${SOFFICE_INSTALL_HINT}`,
  );
}
