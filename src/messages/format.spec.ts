import { formatEuros } from '../common/money';
import { formatDays, formatDueIn, formatFrenchDate, isGsm7, smsText } from './format';

describe('message formatting', () => {
  it('writes dates the French way', () => {
    expect(formatFrenchDate('2026-05-14')).toBe('14/05/2026');
    expect(() => formatFrenchDate('14/05/2026')).toThrow(RangeError);
  });

  it('agrees "jour" with its count (0 and 1 are singular in French)', () => {
    expect([0, 1, 2, 15, -3].map(formatDays)).toEqual(['0 jour', '1 jour', '2 jours', '15 jours', '3 jours']);
  });

  it('says when the due date is, seen from today', () => {
    expect([7, 1, 0, -1, -4].map(formatDueIn)).toEqual([
      'dans 7 jours',
      'demain',
      "aujourd'hui",
      'échue depuis 1 jour',
      'échue depuis 4 jours',
    ]);
  });

  it('keeps SMS text in the GSM-7 alphabet (160-character segments, not 70)', () => {
    const amount = formatEuros(123456);
    expect(isGsm7(amount)).toBe(false); // Intl puts narrow no-break spaces in "1 234,56 €"
    expect(smsText(`L’échéance « ${amount} » – merci…`)).toBe('L\'échéance " 1 234,56 € " - merci...');
    expect(isGsm7(smsText(`L’échéance « ${amount} » – merci…`))).toBe(true);
    expect(isGsm7('Pénalités dues, règlement à réception : 40 €')).toBe(true);
    expect(isGsm7('prêt, reçu')).toBe(false); // ê and ç are not GSM-7
  });
});
