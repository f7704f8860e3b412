import { useState } from 'react';
import { useNotify } from 'react-admin';
import { downloadAttachment } from '../../http';

/** One download at a time per button, its error shown as a notification. */
export function useDownload() {
  const notify = useNotify();
  const [busy, setBusy] = useState<string | null>(null);
  const start = async (path: string, fallbackName: string) => {
    setBusy(path);
    try {
      await downloadAttachment(path, fallbackName);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(null);
    }
  };
  return { busy: busy !== null, start };
}
