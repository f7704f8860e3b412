import { formatNumber } from './numbering';

describe('formatNumber', () => {
  it('formats legal numbers with an optional activity series', () => {
    expect(formatNumber('FACT', '', 2026, 1)).toBe('FACT-2026-001');
    expect(formatNumber('FACT', 'CONSEIL', 2026, 42)).toBe('FACT-CONSEIL-2026-042');
    expect(formatNumber('AV', '', 2027, 1234)).toBe('AV-2027-1234');
  });
});
