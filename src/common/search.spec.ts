import { containsText, escapeLike } from './search';

describe('LIKE escaping', () => {
  it('makes % _ and \\ literal, and leaves other text alone', () => {
    expect(escapeLike('100%_off\\')).toBe('100\\%\\_off\\\\');
    expect(escapeLike('FACT-2026-001')).toBe('FACT-2026-001');
    expect(containsText('_')).toEqual({ contains: '\\_', mode: 'insensitive' });
  });
});
