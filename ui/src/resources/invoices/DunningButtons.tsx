import { Button } from '@mui/material';
import { DateInput, TextInput, required, minLength, useNotify, useRefresh } from 'react-admin';
import GavelIcon from '@mui/icons-material/ReportProblemOutlined';
import PlayIcon from '@mui/icons-material/PlayArrow';
import HandshakeIcon from '@mui/icons-material/HandshakeOutlined';
import { ActionDialog } from '../../components/ActionDialog';
import { todayIso } from '../../format';
import { invoiceAction } from './invoiceAction';
import type { InvoiceDetail } from './types';

/** Dispute (pauses dunning) or resume it; promise to pay (pauses until the date). */
export function DunningButtons({ invoice }: { invoice: InvoiceDetail }) {
  const notify = useNotify();
  const refresh = useRefresh();
  const resume = () =>
    invoiceAction(invoice.id, 'resume')
      .then(() => notify('Litige clos : les relances reprennent', { type: 'success' }))
      .catch((e: Error) => notify(e.message, { type: 'error' }))
      .finally(refresh);
  return (
    <>
      {invoice.disputed ? (
        <Button variant="outlined" startIcon={<PlayIcon />} onClick={() => void resume()}>
          Reprendre les relances
        </Button>
      ) : (
        <ActionDialog
          label="Litige"
          title="Déclarer un litige"
          intro="Les relances sont suspendues jusqu'à la résolution du litige."
          icon={<GavelIcon />}
          color="warning"
          submitLabel="Déclarer le litige"
          success="Litige enregistré : relances suspendues"
          onSubmit={(v) => invoiceAction(invoice.id, 'dispute', { reason: v.reason })}
        >
          <TextInput
            source="reason"
            label="Motif du litige"
            multiline
            fullWidth
            validate={[required('Le motif est obligatoire'), minLength(3)]}
          />
        </ActionDialog>
      )}
      <ActionDialog
        label="Promesse de paiement"
        title="Promesse de paiement"
        intro="Les relances sont suspendues jusqu'à la date promise."
        icon={<HandshakeIcon />}
        submitLabel="Enregistrer la promesse"
        success="Promesse enregistrée : relances en pause"
        defaultValues={{ date: todayIso() }}
        onSubmit={(v) => invoiceAction(invoice.id, 'promise', { date: v.date })}
      >
        <DateInput source="date" label="Date de paiement promise" validate={required()} fullWidth />
      </ActionDialog>
    </>
  );
}
