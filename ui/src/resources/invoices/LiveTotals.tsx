import { Box, Divider, Stack, Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { formatEuros, formatRate, totalsOf } from '../../format';
import { toCents } from '../registry';
import { colors } from '../../theme';

interface FormLine {
  quantity?: number;
  unitPrice?: number;
  vatRate?: number;
  discountPercent?: number;
}

const valid = (l: FormLine) => Number(l?.quantity) > 0 && l?.vatRate !== undefined && l?.vatRate !== null;

/** Totals as the API will compute them (the same money.ts: cents, half-up rounding, VAT per rate on summed bases). */
export function LiveTotals() {
  const lines = (useWatch({ name: 'lines' }) as FormLine[] | undefined) ?? [];
  const totals = totalsOf(
    lines.filter(valid).map((l) => ({
      quantityMilli: Math.round(Number(l.quantity) * 1000),
      unitPriceCents: toCents(l.unitPrice),
      vatRateBp: Math.round(Number(l.vatRate) * 100),
      discountBp: Math.round(Number(l.discountPercent || 0) * 100),
    })),
  );
  const row = (label: string, cents: number, strong = false) => (
    <Stack direction="row" key={label} sx={{ justifyContent: 'space-between' }}>
      <Typography variant={strong ? 'subtitle1' : 'body2'} sx={{ fontWeight: strong ? 700 : 400 }}>
        {label}
      </Typography>
      <Typography
        variant={strong ? 'subtitle1' : 'body2'}
        sx={{ fontWeight: strong ? 700 : 500, fontVariantNumeric: 'tabular-nums' }}
      >
        {formatEuros(cents)}
      </Typography>
    </Stack>
  );
  return (
    <Box
      sx={{ ml: 'auto', width: { xs: '100%', sm: 340 }, p: 2, bgcolor: colors.surface, borderRadius: 2 }}
      data-testid="live-totals"
    >
      {row('Total HT', totals.totalExclTaxCents)}
      {totals.vatBreakdown.map((b) =>
        row(`TVA ${formatRate(b.vatRateBp)} sur ${formatEuros(b.baseCents)}`, b.taxCents),
      )}
      <Divider sx={{ my: 1 }} />
      {row('Total TTC', totals.totalInclTaxCents, true)}
    </Box>
  );
}
