import {
  ArrayInput,
  DateInput,
  NumberInput,
  SimpleFormIterator,
  TextInput,
  minLength,
  minValue,
  required,
} from 'react-admin';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { ActionDialog } from '../../components/ActionDialog';
import { api } from '../../http';
import { formatEuros, todayIso } from '../../format';
import { toCents } from '../registry';
import type { InvoiceDetail } from './types';

interface InstallmentForm {
  dueDate: string;
  amount: number;
}

/** Three monthly installments of the balance from next month, the last one taking the rounding. */
function proposal(balanceCents: number): InstallmentForm[] {
  const share = Math.floor(balanceCents / 3);
  return [1, 2, 3].map((month, i) => {
    const date = new Date(`${todayIso()}T12:00:00`);
    date.setMonth(date.getMonth() + month);
    return { dueDate: date.toISOString().slice(0, 10), amount: (i === 2 ? balanceCents - 2 * share : share) / 100 };
  });
}

/** Grant a payment plan (échéancier): the installments must sum to the balance, each after the previous one. */
export function PaymentPlanDialog({ invoice }: { invoice: InvoiceDetail }) {
  return (
    <ActionDialog
      label="Échéancier"
      title="Accorder un échéancier"
      intro={`Reste dû : ${formatEuros(invoice.balanceCents)}. Les relances de la politique sont suspendues ; chaque échéance est rappelée au client et surveillée.`}
      icon={<EventRepeatIcon />}
      submitLabel="Accorder l'échéancier"
      success="Échéancier accordé : relances suspendues"
      defaultValues={{ installments: proposal(invoice.balanceCents), reason: '' }}
      onSubmit={(v) =>
        api(`/invoices/${invoice.id}/payment-plan`, {
          method: 'POST',
          idempotencyKey: crypto.randomUUID(),
          body: {
            reason: v.reason,
            installments: (v.installments as InstallmentForm[]).map((i) => ({
              dueDate: i.dueDate,
              amountCents: toCents(i.amount),
            })),
          },
        }).catch((e: { body?: { errors?: Record<string, string> } }) => {
          const errors = e.body?.errors ?? {};
          for (const [field, message] of Object.entries(errors)) {
            if (field.endsWith('.amountCents')) {
              errors[field.replace(/amountCents$/, 'amount')] = message;
            }
          }
          throw e;
        })
      }
    >
      <ArrayInput source="installments" label="Échéances">
        <SimpleFormIterator inline disableReordering>
          <DateInput source="dueDate" label="Date d'échéance" validate={required()} />
          <NumberInput
            source="amount"
            label="Montant (€)"
            validate={[required('Obligatoire'), minValue(0.01, 'Montant positif')]}
          />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput
        source="reason"
        label="Motif"
        multiline
        fullWidth
        validate={[required('Le motif est obligatoire'), minLength(3)]}
      />
    </ActionDialog>
  );
}
