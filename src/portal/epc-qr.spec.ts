import QRCode from 'qrcode';
import { epcPayload, epcQrSvg } from './epc-qr';

const transfer = {
  beneficiaryName: 'Acquitte Démo SAS',
  iban: 'FR76 3000 6000 0112 3456 7890 189',
  bic: 'agrifrpp',
  amountCents: 123405,
  creditorReference: 'RF18 FACT 2026 001',
};

describe('EPC QR code (EPC069-12)', () => {
  it('writes the SEPA credit transfer lines in order', () => {
    expect(epcPayload(transfer).split('\n')).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      'AGRIFRPP',
      'Acquitte Démo SAS',
      'FR7630006000011234567890189',
      'EUR1234.05',
      '',
      'RF18FACT2026001',
    ]);
  });

  it('leaves the amount to the payer when the QR code cannot carry it', () => {
    expect(epcPayload({ ...transfer, amountCents: 100_000_000_000 }).split('\n')[7]).toBe('');
    expect(epcPayload({ ...transfer, amountCents: 0 }).split('\n')[7]).toBe('');
  });

  it('encodes exactly that payload, as SVG', async () => {
    const qr = QRCode.create(epcPayload(transfer), { errorCorrectionLevel: 'M' });
    expect(
      qr.segments
        .map((s) => (s as unknown as { data: Uint8Array | string }).data)
        .map((d) => (typeof d === 'string' ? d : Buffer.from(d).toString('utf8')))
        .join(''),
    ).toBe(epcPayload(transfer));
    expect(await epcQrSvg(transfer)).toMatch(/^<svg [^>]*viewBox/);
  });
});
