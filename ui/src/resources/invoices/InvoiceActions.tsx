import { Button, Stack } from '@mui/material';
import { EditButton, useNotify, usePermissions, useRefresh } from 'react-admin';
import SendIcon from '@mui/icons-material/Send';
import { session } from '../../http';
import { may } from '../../roles';
import { ApprovalButtons } from './ApprovalButtons';
import { CreditNoteDialog } from './CreditNoteDialog';
import { DunningButtons } from './DunningButtons';
import { invoiceAction } from './invoiceAction';
import { PaymentDialog } from './PaymentDialog';
import { PaymentPlanDialog } from './PaymentPlanDialog';
import { SendButtons } from './SendButtons';
import type { InvoiceDetail } from './types';

function SubmitButton({ invoice }: { invoice: InvoiceDetail }) {
  const notify = useNotify();
  const refresh = useRefresh();
  const submit = () =>
    invoiceAction(invoice.id, 'submit')
      .then(() => notify('Facture soumise pour validation', { type: 'success' }))
      .catch((e: Error) => notify(e.message, { type: 'error' }))
      .finally(refresh);
  return (
    <Button variant="contained" startIcon={<SendIcon />} onClick={() => void submit()}>
      Soumettre pour validation
    </Button>
  );
}

/** Only the actions the caller's role may take on the invoice in its current state. */
export function InvoiceActions({ invoice }: { invoice: InvoiceDetail }) {
  const { permissions: role } = usePermissions();
  const me = session.user();
  const open = invoice.balanceCents > 0;
  const editable = invoice.phase === 'DRAFT' || invoice.phase === 'REJECTED';
  const myApproval =
    invoice.phase === 'AWAITING_APPROVAL' && invoice.approval?.pendingRole === role && invoice.createdBy.id !== me?.id;
  return (
    <Stack direction="row" data-testid="invoice-actions" sx={{ gap: 1, flexWrap: 'wrap' }}>
      {editable && may(role, 'createInvoice') && (
        <>
          <EditButton label="Modifier" variant="outlined" />
          <SubmitButton invoice={invoice} />
        </>
      )}
      {myApproval && <ApprovalButtons invoice={invoice} />}
      {invoice.phase === 'ISSUED' && open && may(role, 'sendInvoice') && <SendButtons invoice={invoice} />}
      {invoice.phase === 'SENT' && open && may(role, 'recordPayment') && <PaymentDialog invoice={invoice} />}
      {(invoice.phase === 'SENT' || invoice.phase === 'ISSUED') && open && may(role, 'creditNote') && (
        <CreditNoteDialog invoice={invoice} />
      )}
      {invoice.phase === 'SENT' && open && may(role, 'dispute') && <DunningButtons invoice={invoice} />}
      {invoice.phase === 'SENT' &&
        open &&
        invoice.paymentPlan?.status !== 'ACTIVE' &&
        may(role, 'paymentPlan') &&
        (role !== 'ADV' || invoice.customer.profile === 'VIP') && <PaymentPlanDialog invoice={invoice} />}
    </Stack>
  );
}
