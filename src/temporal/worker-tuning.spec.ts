import { loadConfig } from '../config/config';
import { documentsTuning } from './worker-tuning';

const base = { DATABASE_URL: 'postgresql://u:p@localhost:5432/db' };

describe('documentsTuning', () => {
  it('gives the documents queue twice as many slots as the PDF pool has processes', () => {
    expect(documentsTuning(loadConfig({ ...base, PDF_POOL_SIZE: '3' }))).toEqual({
      maxConcurrentActivityTaskExecutions: 6,
    });
  });

  it('takes DOCUMENTS_ACTIVITY_SLOTS when set, and refuses zero', () => {
    expect(documentsTuning(loadConfig({ ...base, PDF_POOL_SIZE: '3', DOCUMENTS_ACTIVITY_SLOTS: '4' }))).toEqual({
      maxConcurrentActivityTaskExecutions: 4,
    });
    expect(() => loadConfig({ ...base, DOCUMENTS_ACTIVITY_SLOTS: '0' })).toThrow(/DOCUMENTS_ACTIVITY_SLOTS/);
  });
});
