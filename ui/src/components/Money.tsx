import { Typography, type TypographyProps } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { formatEuros } from '../format';

export function Money({ cents, ...props }: { cents?: number | null } & TypographyProps) {
  return (
    <Typography
      component="span"
      variant="body2"
      sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
      {...props}
    >
      {cents === null || cents === undefined ? '—' : formatEuros(cents)}
    </Typography>
  );
}

/** A list column: integer cents read from the record, shown as "1 234,56 €". */
export function MoneyField({
  source,
}: {
  source: string;
  label?: string;
  sortable?: boolean;
  sortBy?: string;
  textAlign?: 'right';
}) {
  const record = useRecordContext<Record<string, number>>();
  return <Money cents={record?.[source]} />;
}
