import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import { Money } from '../../components/Money';
import { StatusChip } from '../../components/StatusChip';
import { formatDate } from '../../format';
import type { InvoiceSummary } from './types';

/** A compact invoice table for the dashboard cards; a row opens the invoice. */
export function InvoiceTable({
  rows,
  dateLabel = 'Échéance',
  date = (r) => formatDate(r.dueDate),
}: {
  rows: InvoiceSummary[];
  dateLabel?: string;
  date?: (r: InvoiceSummary) => string;
}) {
  const navigate = useNavigate();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>N°</TableCell>
          <TableCell>Client</TableCell>
          <TableCell>{dateLabel}</TableCell>
          <TableCell align="right">Reste dû</TableCell>
          <TableCell>Statut</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.id} hover sx={{ cursor: 'pointer' }} onClick={() => void navigate(`/invoices/${r.id}/show`)}>
            <TableCell sx={{ fontWeight: 600 }}>{r.number ?? 'Projet'}</TableCell>
            <TableCell>{r.customer.name}</TableCell>
            <TableCell>{date(r)}</TableCell>
            <TableCell align="right">
              <Money cents={r.balanceCents} />
            </TableCell>
            <TableCell>
              <StatusChip status={r.status} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
