import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { statusTones } from '../theme';

export interface InvoiceStatus {
  code: string;
  label: string;
}

/** The exact French status label from the API, coloured by its code (red when late, green when paid). */
export function StatusChip({ status, size = 'small' }: { status?: InvoiceStatus | null; size?: ChipProps['size'] }) {
  if (!status) {
    return null;
  }
  const tone = statusTones[status.code] ?? statusTones.DRAFT;
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
