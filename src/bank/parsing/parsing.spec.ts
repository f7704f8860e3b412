import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCents } from './amounts';
import { closeSgmlLeaves } from './ofx';
import { parseStatement, StatementParseError, type CsvMapping } from './index';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../../../test/fixtures/bank', name));

describe('parseCents', () => {
  it('reads decimal strings digit by digit, never through a float', () => {
    expect(parseCents('1234.56', 'x')).toBe(123456);
    expect(parseCents('0.1', 'x')).toBe(10);
    expect(parseCents('1 234,56', 'x', ',')).toBe(123456);
    expect(parseCents('-45,9', 'x', ',')).toBe(-4590);
    expect(parseCents('9999999999999.99', 'x')).toBe(999999999999999);
  });

  it('refuses what is not an amount, naming where', () => {
    expect(() => parseCents('12.345', 'Ntry[1]/Amt')).toThrow('Ntry[1]/Amt: "12.345" is not an amount');
    expect(() => parseCents('1e3', 'x')).toThrow(StatementParseError);
  });
});

describe('CAMT.053', () => {
  it('reads a camt.053.001.02 statement: IBAN, entry reference, creditor reference, payer', () => {
    const statement = parseStatement(fixture('camt053-001-02.xml'));
    expect(statement).toMatchObject({ format: 'CAMT053', accountId: 'FR7630006000011234567890189' });
    expect(statement.lines).toEqual([
      {
        entryReference: '20261130-000123',
        bookingDate: '2026-11-30',
        valueDate: '2026-11-30',
        amountCents: 123456,
        label: 'VIR SEPA DURAND ET FILS',
        remittanceInfo: undefined,
        creditorReference: 'RF18FACT2026001',
        payerName: 'Durand & Fils SARL',
        payerIban: 'FR7610278060410002093240146',
      },
      expect.objectContaining({
        entryReference: '20261130-000124',
        amountCents: -4590,
        label: 'FRAIS TENUE DE COMPTE',
      }),
    ]);
  });

  it('reads a camt.053.001.08 statement: parties under Pty, booking date as a date-time, several Ustrd', () => {
    const [line] = parseStatement(fixture('camt053-001-08.xml')).lines;
    expect(line).toMatchObject({
      entryReference: 'ENTRY-8-1',
      bookingDate: '2026-12-01',
      amountCents: 50000,
      payerName: 'Martin Conseil',
      remittanceInfo: 'REGLEMENT FACT 2026 002 MERCI',
    });
  });

  it('names the element that failed', () => {
    const broken = fixture('camt053-001-02.xml')
      .toString()
      .replace('<CdtDbtInd>DBIT</CdtDbtInd>', '<CdtDbtInd>XXXX</CdtDbtInd>');
    expect(() => parseStatement(Buffer.from(broken))).toThrow(
      'Stmt[1]/Ntry[2]/CdtDbtInd: "XXXX" is neither CRDT nor DBIT',
    );
    const otherMessage = fixture('camt053-001-02.xml').toString().replace('camt.053.001.02', 'camt.054.001.02');
    expect(() => parseStatement(Buffer.from(otherMessage))).toThrow(/not a camt.053 statement/);
    expect(() => parseStatement(Buffer.from('<?xml version="1.0"?><Document><Stmt>'))).toThrow(
      /^line \d+: malformed XML/,
    );
  });
});

describe('OFX', () => {
  it('closes the leaves of OFX 1.x SGML and leaves closed XML alone', () => {
    expect(closeSgmlLeaves('<A><B>1<C>x & y</C></A>')).toBe('<A><B>1</B><C>x &amp; y</C></A>');
  });

  it('reads OFX 1.x (SGML) and 2.x (XML) to the same lines', () => {
    const sgml = parseStatement(fixture('statement-sgml.ofx'));
    const xml = parseStatement(fixture('statement-v2.ofx'));
    expect(sgml).toMatchObject({ format: 'OFX', accountId: '300060000112345678901' });
    expect(sgml.lines[0]).toEqual(xml.lines[0]);
    expect(sgml.lines[0]).toMatchObject({
      entryReference: 'OFX-0001',
      bookingDate: '2026-11-28',
      amountCents: 123456,
      label: 'VIR DURAND & FILS FACT-2026-001',
      payerName: 'VIR DURAND & FILS',
    });
    expect(sgml.lines[1]).toMatchObject({ entryReference: 'OFX-0002', bookingDate: '2026-11-29', amountCents: -4590 });
  });

  it('names the transaction that failed', () => {
    const broken = fixture('statement-sgml.ofx').toString().replace('<DTPOSTED>20261128', '<DTPOSTED>20261331');
    expect(() => parseStatement(Buffer.from(broken))).toThrow('STMTTRN[1]/DTPOSTED: "20261331" is not a date');
  });
});

describe('CSV', () => {
  it('reads the French layout: decimal comma, dd/mm/yyyy, debit and credit columns', () => {
    const statement = parseStatement(fixture('statement-fr.csv'));
    expect(statement.format).toBe('CSV');
    expect(statement.lines).toEqual([
      { bookingDate: '2026-11-30', amountCents: 123456, label: 'VIR SEPA DURAND F2026001' },
      { bookingDate: '2026-11-30', amountCents: -4590, label: 'PRLV FRAIS' },
      { bookingDate: '2026-11-30', amountCents: -4590, label: 'PRLV FRAIS' },
    ]);
  });

  it('reads Windows-1252 bytes and another layout through a saved mapping', () => {
    const mapping: CsvMapping = {
      delimiter: ',',
      date: 'Booking date',
      label: 'Description',
      amount: 'Amount',
      dateFormat: 'YYYY-MM-DD',
      decimal: '.',
    };
    const latin = Buffer.from('Booking date,Description,Amount\n2026-11-30,"Virement reçu, merci",1234.56\n', 'latin1');
    expect(parseStatement(latin, mapping).lines).toEqual([
      { bookingDate: '2026-11-30', amountCents: 123456, label: 'Virement reçu, merci' },
    ]);
  });

  it('names the line that failed', () => {
    expect(() =>
      parseStatement(Buffer.from('Date;Libellé;Débit;Crédit\n30/11/2026;A;;1,00\n31/11/2026;B;;2,00\n')),
    ).toThrow('line 3: "31/11/2026" is not a date');
    expect(() => parseStatement(Buffer.from('Quand;Quoi\n1;2\n'))).toThrow(/^line 1: header/);
  });
});

describe('any uploaded bytes', () => {
  // Deterministic pseudo-random bytes and mutations of real files: the only error is a StatementParseError.
  const random = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

  it('either parse or fail with a StatementParseError', () => {
    const next = random(42);
    const samples = [
      'camt053-001-02.xml',
      'camt053-001-08.xml',
      'statement-sgml.ofx',
      'statement-v2.ofx',
      'statement-fr.csv',
    ].map(fixture);
    for (let i = 0; i < 400; i += 1) {
      const source = Buffer.from(samples[i % samples.length]);
      const bytes =
        i % 4 === 0 ? Buffer.from(Array.from({ length: 200 }, () => Math.floor(next() * 256))) : mutate(source, next);
      try {
        parseStatement(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(StatementParseError);
      }
    }
  });

  function mutate(bytes: Buffer, next: () => number): Buffer {
    const copy = Buffer.from(bytes);
    for (let k = 0; k < 5; k += 1) {
      copy[Math.floor(next() * copy.length)] = Math.floor(next() * 128);
    }
    return next() < 0.3 ? copy.subarray(0, Math.floor(next() * copy.length)) : copy;
  }
});
