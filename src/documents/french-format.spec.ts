import {
  formatAmount,
  formatCalendarDate,
  formatDiscount,
  formatIban,
  formatInstantDate,
  formatQuantity,
  formatCompactEuros,
  formatSiren,
  formatSiret,
  formatVatRate,
  latePenaltyMention,
  paymentMethodLabel,
  paymentTermsText,
  recoveryIndemnityMention,
} from './french-format';
import { formatDays } from '../messages/format';

/** Intl writes narrow/no-break spaces; compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('French formatting of document values', () => {
  it('prints calendar dates as dd/MM/yyyy without shifting them across time zones', () => {
    expect(formatCalendarDate(new Date('2026-11-23T00:00:00Z'))).toBe('23/11/2026');
  });

  it('prints an instant on the calendar day of the company time zone', () => {
    expect(formatInstantDate(new Date('2026-12-14T23:30:00Z'), 'Europe/Paris')).toBe('15/12/2026');
    expect(formatInstantDate(new Date('2026-12-15T02:00:00Z'), 'America/Martinique')).toBe('14/12/2026');
  });

  it('prints amounts, rates, quantities and discounts the French way', () => {
    expect(plain(formatAmount(123_456))).toBe('1 234,56 €');
    expect(plain(formatAmount(0))).toBe('0,00 €');
    expect(formatVatRate(550)).toBe('5,5 %');
    expect(formatVatRate(2000)).toBe('20 %');
    expect(formatQuantity(1500)).toBe('1,5');
    expect(formatQuantity(125)).toBe('0,125');
    expect(formatDiscount(1000)).toBe('10 %');
    expect(formatDiscount(0)).toBe('—');
  });

  it('prints a whole share capital without cents', () => {
    expect(plain(formatCompactEuros(1_000_000))).toBe('10 000 €');
    expect(plain(formatCompactEuros(1_000_050))).toBe('10 000,50 €');
  });

  it('groups SIREN, SIRET and IBAN digits, leaving unexpected values untouched', () => {
    expect(plain(formatSiren('812345678'))).toBe('812 345 678');
    expect(plain(formatSiret('81234567800021'))).toBe('812 345 678 00021');
    expect(formatSiren('B 812')).toBe('B 812');
    expect(formatIban('fr7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
  });

  it('words the legal default late-penalty rate as ECB rate + 10 points', () => {
    expect(latePenaltyMention({ latePenaltyRateBp: null, ecbRateBp: 215 })).toBe(
      "Pénalités de retard : 12,15 % l'an (taux BCE + 10 points), exigibles dès le lendemain de l'échéance",
    );
  });

  it('words a contractual late-penalty rate as is', () => {
    expect(latePenaltyMention({ latePenaltyRateBp: 1500, ecbRateBp: 215 })).toBe(
      "Pénalités de retard : 15 % l'an, exigibles dès le lendemain de l'échéance",
    );
  });

  it('prints the rate the interest is computed at: never below 3 × the legal interest rate', () => {
    expect(latePenaltyMention({ latePenaltyRateBp: 500, ecbRateBp: 215 })).toBe(
      "Pénalités de retard : 7,86 % l'an (3 fois le taux d'intérêt légal), exigibles dès le lendemain de l'échéance",
    );
  });

  it('mentions the 40 € recovery indemnity for businesses only', () => {
    expect(recoveryIndemnityMention(true)).toBe(
      'Indemnité forfaitaire pour frais de recouvrement : 40 € (art. L441-10 et D441-5 du Code de commerce)',
    );
    expect(recoveryIndemnityMention(false)).toBe('');
  });

  it('labels payment methods, terms and day counts in French', () => {
    expect(
      ['BANK_TRANSFER', 'CARD', 'CHECK', 'CASH', 'DIRECT_DEBIT', 'OTHER'].map((m) => paymentMethodLabel(m as never)),
    ).toEqual(['Virement', 'Carte bancaire', 'Chèque', 'Espèces', 'Prélèvement', 'Autre']);
    expect(paymentTermsText(30)).toBe('30 jours date de facture');
    expect(paymentTermsText(0)).toBe('À réception de facture');
    expect(formatDays(1)).toBe('1 jour');
    expect(formatDays(45)).toBe('45 jours');
  });
});
