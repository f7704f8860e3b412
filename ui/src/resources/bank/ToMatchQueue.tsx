import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import type { BankLineDto, BankLinePageDto, SuggestionDto } from '../../../../src/bank/bank.responses';
import { formatDate, formatEuros } from '../../format';
import { api } from '../../http';
import { useApi } from '../../useApi';

/** "À rapprocher": accept a suggestion, pay invoices by hand (split as "id:montant, id:montant"), or ignore the line. */
export function ToMatchQueue({ version }: { version: number }) {
  const { data, refetch } = useApi<BankLinePageDto>('/bank-lines?status=TO_MATCH&perPage=100');
  useEffect(() => void refetch(), [version, refetch]);
  const [error, setError] = useState<string | null>(null);
  const act = async (call: () => Promise<unknown>) => {
    setError(null);
    try {
      await call();
      await refetch();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  const accept = (line: BankLineDto, s: SuggestionDto) =>
    act(() =>
      api(`/bank-lines/${line.id}/apply`, {
        method: 'POST',
        body: { allocations: s.allocations.map(({ invoiceId, amountCents }) => ({ invoiceId, amountCents })) },
      }),
    );
  const ignore = (line: BankLineDto) =>
    act(() => api(`/bank-lines/${line.id}/ignore`, { method: 'POST', body: { reason: 'Pas un paiement client' } }));
  const split = (line: BankLineDto, text: string) =>
    act(() => api(`/bank-lines/${line.id}/apply`, { method: 'POST', body: { allocations: parseSplit(text) } }));

  return (
    <Paper sx={{ p: 2 }}>
      <Typography variant="h6">À rapprocher ({data?.total ?? 0})</Typography>
      {error && <Alert severity="error">{error}</Alert>}
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>Date</TableCell>
            <TableCell>Libellé</TableCell>
            <TableCell align="right">Montant</TableCell>
            <TableCell>Suggestions</TableCell>
            <TableCell>Actions</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data?.data.map((line) => (
            <TableRow key={line.id}>
              <TableCell>{formatDate(line.bookingDate)}</TableCell>
              <TableCell>
                {line.label}
                {line.payerName ? ` — ${line.payerName}` : ''}
                {line.note ? (
                  <Typography variant="caption" sx={{ display: 'block' }}>
                    {line.note}
                  </Typography>
                ) : null}
              </TableCell>
              <TableCell align="right">{formatEuros(line.amountCents)}</TableCell>
              <TableCell>
                {line.suggestions.length === 0
                  ? 'Aucune'
                  : line.suggestions.map((s, i) => (
                      <Button key={i} size="small" onClick={() => void accept(line, s)} title={s.reason}>
                        {s.allocations.map((a) => a.number).join(' + ')} ({s.confidence} %)
                      </Button>
                    ))}
              </TableCell>
              <TableCell>
                <SplitForm onApply={(text) => void split(line, text)} />
                <Button size="small" color="inherit" onClick={() => void ignore(line)}>
                  Pas un paiement client
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}

function SplitForm({ onApply }: { onApply: (text: string) => void }) {
  const [text, setText] = useState('');
  return (
    <Stack direction="row" spacing={1}>
      <TextField
        size="small"
        placeholder="id facture:montant, …"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <Button size="small" disabled={!text} onClick={() => onApply(text)}>
        Affecter
      </Button>
    </Stack>
  );
}

/** "id:1200,50, id2:300" → allocations in cents (decimal comma or point). */
function parseSplit(text: string): Array<{ invoiceId: string; amountCents: number }> {
  return text
    .split(/[;\s]+/)
    .filter(Boolean)
    .map((part) => {
      const [invoiceId, amount = '0'] = part.split(':');
      const [units, decimals = ''] = amount.replace(',', '.').split('.');
      return { invoiceId, amountCents: Number(units) * 100 + Number(decimals.padEnd(2, '0').slice(0, 2)) };
    });
}
