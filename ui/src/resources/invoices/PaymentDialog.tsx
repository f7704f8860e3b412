import { DateInput, NumberInput, SelectInput, TextInput, required, minValue } from 'react-admin';
import PaymentsIcon from '@mui/icons-material/Payments';
import { ActionDialog } from '../../components/ActionDialog';
import { api } from '../../http';
import { formatEuros, PAYMENT_METHODS, todayIso } from '../../format';
import { toCents } from '../registry';
import type { InvoiceDetail } from './types';

/** A payment received today is stamped "now"; an earlier one at noon local time, never in the future. */
function paidAtOf(date: string): string {
  return date === todayIso() ? new Date().toISOString() : new Date(`${date}T12:00:00`).toISOString();
}

export function PaymentDialog({ invoice }: { invoice: InvoiceDetail }) {
  return (
    <ActionDialog
      label="Enregistrer un paiement"
      title="Enregistrer un paiement"
      intro={`Reste dû : ${formatEuros(invoice.balanceCents)}`}
      icon={<PaymentsIcon />}
      variant="contained"
      color="success"
      submitLabel="Enregistrer"
      success="Paiement enregistré"
      defaultValues={{ amount: invoice.balanceCents / 100, paidAt: todayIso(), method: 'BANK_TRANSFER' }}
      onSubmit={(v) =>
        api(`/invoices/${invoice.id}/payments`, {
          method: 'POST',
          idempotencyKey: crypto.randomUUID(),
          body: {
            amountCents: toCents(v.amount as number),
            paidAt: paidAtOf(String(v.paidAt)),
            method: v.method,
            ...(v.reference ? { reference: v.reference } : {}),
          },
        }).catch((e: { body?: { errors?: Record<string, string> } }) => {
          if (e.body?.errors?.amountCents) {
            e.body.errors.amount = e.body.errors.amountCents;
          }
          throw e;
        })
      }
    >
      <NumberInput
        source="amount"
        label="Montant reçu (€)"
        validate={[required('Obligatoire'), minValue(0.01, 'Montant positif')]}
        fullWidth
      />
      <DateInput source="paidAt" label="Date de réception" validate={required()} fullWidth />
      <SelectInput
        source="method"
        label="Moyen de paiement"
        choices={PAYMENT_METHODS}
        validate={required()}
        fullWidth
      />
      <TextInput source="reference" label="Référence (libellé bancaire)" fullWidth />
    </ActionDialog>
  );
}
