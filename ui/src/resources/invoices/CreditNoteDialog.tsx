import { BooleanInput, NumberInput, TextInput, required, minLength, minValue } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import UndoIcon from '@mui/icons-material/Undo';
import { ActionDialog } from '../../components/ActionDialog';
import { api } from '../../http';
import { formatEuros, formatQuantity } from '../../format';
import type { InvoiceDetail } from './types';

function LinePicker({ invoice }: { invoice: InvoiceDetail }) {
  const full = useWatch({ name: 'full' }) as boolean;
  if (full) {
    return null;
  }
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>Ligne</TableCell>
          <TableCell align="right">Facturé</TableCell>
          <TableCell sx={{ width: 150 }}>Quantité à créditer</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {invoice.lines.map((line, i) => (
          <TableRow key={line.id}>
            <TableCell>
              {line.description}
              <br />
              <small>
                {formatEuros(line.unitPriceCents)} HT / {line.unit ?? 'unité'}
              </small>
            </TableCell>
            <TableCell align="right">{formatQuantity(line.quantity)}</TableCell>
            <TableCell>
              <NumberInput
                source={`lines.${i}.quantity`}
                label={false}
                validate={minValue(0)}
                helperText={false}
                size="small"
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

interface CreditValues {
  reason?: string;
  full?: boolean;
  lines?: Array<{ invoiceLineId: string; quantity: number }>;
}

export function CreditNoteDialog({ invoice }: { invoice: InvoiceDetail }) {
  const submit = (v: CreditValues) => {
    const lines = (v.lines ?? [])
      .filter((l) => Number(l.quantity) > 0)
      .map((l) => ({ invoiceLineId: l.invoiceLineId, quantity: Number(l.quantity) }));
    return api(`/invoices/${invoice.id}/credit-notes`, {
      method: 'POST',
      idempotencyKey: crypto.randomUUID(),
      body: v.full ? { reason: v.reason, full: true } : { reason: v.reason, lines },
    });
  };
  return (
    <ActionDialog
      label="Émettre un avoir"
      title="Émettre un avoir"
      intro="Total : tout ce qui reste dû est crédité (statut « Avoir »). Partiel : choisissez les lignes et quantités (statut « Avoir partiel »)."
      icon={<UndoIcon />}
      submitLabel="Émettre l'avoir"
      success="Avoir émis"
      defaultValues={{ full: false, lines: invoice.lines.map((l) => ({ invoiceLineId: l.id, quantity: 0 })) }}
      onSubmit={(v) => submit(v as CreditValues)}
    >
      <TextInput
        source="reason"
        label="Motif"
        fullWidth
        validate={[required('Le motif est obligatoire'), minLength(3)]}
      />
      <BooleanInput source="full" label="Avoir total" />
      <LinePicker invoice={invoice} />
    </ActionDialog>
  );
}
