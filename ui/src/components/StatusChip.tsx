import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext } from 'react-admin';

export interface InvoiceStatus {
  code: string;
  label: string;
}

type Tone = { bg: string; fg: string };

const TONES: Record<string, Tone> = {
  DRAFT: { bg: '#eceff4', fg: '#465065' },
  AWAITING_APPROVAL: { bg: '#fff4e0', fg: '#9a5b00' },
  REJECTED: { bg: '#fde7e9', fg: '#a3212f' },
  ISSUED: { bg: '#e7eefc', fg: '#1a3a8f' },
  SENT: { bg: '#e3f2fd', fg: '#0d5aa7' },
  LATE: { bg: '#d32f2f', fg: '#ffffff' },
  PARTIALLY_PAID: { bg: '#e0f4f1', fg: '#0b6e62' },
  PAID: { bg: '#2e7d32', fg: '#ffffff' },
  CREDITED: { bg: '#ede7f6', fg: '#5e35b1' },
  PARTIALLY_CREDITED: { bg: '#f3eefb', fg: '#6a4caf' },
};

/** The exact French status label from the API, coloured by its code (red when late, green when paid). */
export function StatusChip({ status, size = 'small' }: { status?: InvoiceStatus | null; size?: ChipProps['size'] }) {
  if (!status) {
    return null;
  }
  const tone = TONES[status.code] ?? TONES.DRAFT;
  return (
    <Chip
      size={size}
      label={status.label}
      data-status={status.code}
      sx={{ bgcolor: tone.bg, color: tone.fg, fontWeight: 700 }}
    />
  );
}

export function StatusField(_props: { label?: string; sortable?: boolean; sortBy?: string }) {
  const record = useRecordContext<{ status?: InvoiceStatus }>();
  return <StatusChip status={record?.status} />;
}
