import { Box, Divider, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Money } from '../../components/Money';
import { formatEuros, formatQuantity, formatRate } from '../../format';
import type { InvoiceDetail } from './types';

const rate = (percent: number) => formatRate(Math.round(percent * 100));

export function LinesTable({ invoice }: { invoice: InvoiceDetail }) {
  const t = invoice.totals;
  return (
    <>
      <Table
        size="small"
        data-testid="invoice-lines"
        sx={{ '& td:not(:first-of-type), & th:not(:first-of-type)': { whiteSpace: 'nowrap' } }}
      >
        <TableHead>
          <TableRow>
            <TableCell>Désignation</TableCell>
            <TableCell align="right">Qté</TableCell>
            <TableCell align="right">PU HT</TableCell>
            <TableCell align="right">Remise</TableCell>
            <TableCell align="right">TVA</TableCell>
            <TableCell align="right">Total HT</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {invoice.lines.map((l) => (
            <TableRow key={l.id}>
              <TableCell>{l.description}</TableCell>
              <TableCell align="right">
                {formatQuantity(l.quantity)} {l.unit ?? ''}
              </TableCell>
              <TableCell align="right">
                <Money cents={l.unitPriceCents} />
              </TableCell>
              <TableCell align="right">{l.discountPercent ? `${l.discountPercent} %` : '—'}</TableCell>
              <TableCell align="right">{rate(l.vatRate)}</TableCell>
              <TableCell align="right">
                <Money cents={l.totalExclTaxCents} sx={{ fontWeight: 600 }} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Box sx={{ ml: 'auto', mt: 2, width: { xs: '100%', sm: 360 } }}>
        <Row label="Total HT" cents={t.totalExclTaxCents} />
        {t.vatBreakdown.map((b) => (
          <Row key={b.vatRate} label={`TVA ${rate(b.vatRate)} sur ${formatEuros(b.baseCents)}`} cents={b.taxCents} />
        ))}
        <Divider sx={{ my: 0.75 }} />
        <Row label="Total TTC" cents={t.totalInclTaxCents} strong />
        {invoice.paidCents > 0 && <Row label="Déjà payé" cents={-invoice.paidCents} />}
        {invoice.creditedCents > 0 && <Row label="Avoirs" cents={-invoice.creditedCents} />}
        <Row label="Reste dû" cents={invoice.balanceCents} strong />
      </Box>
    </>
  );
}

function Row({ label, cents, strong }: { label: string; cents: number; strong?: boolean }) {
  return (
    <Stack direction="row" sx={{ justifyContent: 'space-between', py: 0.25 }}>
      <Typography variant="body2" sx={{ fontWeight: strong ? 700 : 400 }}>
        {label}
      </Typography>
      <Typography
        variant="body2"
        sx={{ fontWeight: strong ? 700 : 500, fontVariantNumeric: 'tabular-nums' }}
        data-testid={`total-${label}`}
      >
        {formatEuros(cents)}
      </Typography>
    </Stack>
  );
}
