import { Button } from '@mui/material';
import { DateTimeInput, required, useNotify, useRefresh } from 'react-admin';
import SendIcon from '@mui/icons-material/Send';
import ScheduleIcon from '@mui/icons-material/ScheduleSend';
import { ActionDialog } from '../../components/ActionDialog';
import { invoiceAction, localToIso } from './invoiceAction';
import type { InvoiceDetail } from './types';

export function SendButtons({ invoice }: { invoice: InvoiceDetail }) {
  const notify = useNotify();
  const refresh = useRefresh();
  const sendNow = () =>
    invoiceAction(invoice.id, 'send')
      .then(() => notify('Envoi lancé : la facture part au client', { type: 'success' }))
      .catch((e: Error) => notify(e.message, { type: 'error' }))
      .finally(refresh);
  return (
    <>
      <Button variant="contained" startIcon={<SendIcon />} onClick={() => void sendNow()}>
        Envoyer maintenant
      </Button>
      <ActionDialog
        label="Programmer l'envoi"
        title="Programmer l'envoi"
        intro="La facture partira automatiquement à la date et l'heure choisies."
        icon={<ScheduleIcon />}
        submitLabel="Programmer"
        success="Envoi programmé"
        onSubmit={(v) => invoiceAction(invoice.id, 'send', { scheduledAt: localToIso(v.scheduledAt) })}
      >
        <DateTimeInput
          source="scheduledAt"
          label="Date et heure d'envoi"
          validate={required('Choisissez une date')}
          fullWidth
        />
      </ActionDialog>
    </>
  );
}
