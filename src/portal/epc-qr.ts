import QRCode from 'qrcode';

export interface CreditTransfer {
  beneficiaryName: string;
  iban: string;
  bic: string;
  amountCents: number;
  /** ISO 11649 structured reference (RF…). */
  creditorReference: string;
}

/** EPC069-12 allows at most 999 999 999,99 € in one QR code; above it the payer types the amount. */
const MAX_QR_AMOUNT_CENTS = 99_999_999_999;

/** The EPC069-12 "GiroCode" payload of a SEPA credit transfer (version 002, UTF-8, structured RF reference). */
export function epcPayload(transfer: CreditTransfer): string {
  const amount =
    transfer.amountCents > 0 && transfer.amountCents <= MAX_QR_AMOUNT_CENTS ? `EUR${euros(transfer.amountCents)}` : '';
  return [
    'BCD',
    '002',
    '1',
    'SCT',
    compact(transfer.bic),
    transfer.beneficiaryName.trim().slice(0, 70),
    compact(transfer.iban),
    amount,
    '',
    compact(transfer.creditorReference),
  ].join('\n');
}

/** The QR code as inline SVG, at the error correction level EPC069-12 requires (M). */
export function epcQrSvg(transfer: CreditTransfer): Promise<string> {
  return QRCode.toString(epcPayload(transfer), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

const compact = (value: string): string => value.replace(/\s+/g, '').toUpperCase();
const euros = (cents: number): string => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
