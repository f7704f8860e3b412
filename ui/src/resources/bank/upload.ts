import { session } from '../../http';
import type { StatementImportDto } from '../../../../src/bank/bank.responses';

/** XMLHttpRequest, not fetch: only it reports upload progress for the bar. */
export function uploadStatement(
  file: File,
  account: string,
  onProgress: (percent: number) => void,
): Promise<StatementImportDto> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append('file', file);
    if (account) {
      form.append('account', account);
    }
    const request = new XMLHttpRequest();
    request.open('POST', '/bank-statements');
    request.setRequestHeader('Authorization', `Bearer ${session.token() ?? ''}`);
    request.upload.onprogress = (event) =>
      event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100));
    request.onload = () => {
      const body = JSON.parse(request.responseText || '{}') as StatementImportDto & { message?: string };
      // 202: stored and matched; the automatic matches are recorded in the background.
      if (request.status === 202) {
        resolve(body);
      } else {
        reject(new Error(body.message ?? `HTTP ${request.status}`));
      }
    };
    request.onerror = () => reject(new Error('Le serveur ne répond pas'));
    request.send(form);
  });
}
