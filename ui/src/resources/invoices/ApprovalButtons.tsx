import { TextInput, required, minLength } from 'react-admin';
import CheckIcon from '@mui/icons-material/CheckCircleOutlined';
import CloseIcon from '@mui/icons-material/HighlightOff';
import { ActionDialog } from '../../components/ActionDialog';
import { formatEuros } from '../../format';
import { invoiceAction } from './invoiceAction';
import type { InvoiceDetail } from './types';

export function ApprovalButtons({ invoice, onDone }: { invoice: InvoiceDetail; onDone?: () => void }) {
  const level = invoice.approval ? ` (niveau ${invoice.approval.level}/${invoice.approval.levelsTotal})` : '';
  return (
    <>
      <ActionDialog
        label="Approuver"
        title={`Approuver la facture${level}`}
        intro={`${invoice.customer.name} — ${formatEuros(invoice.totalExclTaxCents)} HT`}
        icon={<CheckIcon />}
        variant="contained"
        color="success"
        submitLabel="Approuver"
        success="Facture approuvée"
        onSubmit={(v) => invoiceAction(invoice.id, 'approve', v.comment ? { comment: v.comment } : {})}
        onDone={onDone}
      >
        <TextInput source="comment" label="Commentaire (facultatif)" multiline fullWidth />
      </ActionDialog>
      <ActionDialog
        label="Rejeter"
        title="Rejeter la facture"
        intro="La facture retourne en brouillon chez son auteur avec votre motif."
        icon={<CloseIcon />}
        color="error"
        submitLabel="Rejeter"
        success="Facture rejetée"
        onSubmit={(v) => invoiceAction(invoice.id, 'reject', { reason: v.reason })}
        onDone={onDone}
      >
        <TextInput
          source="reason"
          label="Motif du rejet"
          multiline
          fullWidth
          validate={[required('Le motif est obligatoire'), minLength(3, 'Au moins 3 caractères')]}
        />
      </ActionDialog>
    </>
  );
}
