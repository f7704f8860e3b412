import { Box, Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useNotify, usePermissions, useRefresh } from 'react-admin';
import CancelIcon from '@mui/icons-material/EventBusy';
import { api } from '../../http';
import { formatDate, formatEuros } from '../../format';
import { may } from '../../roles';
import type { PaymentPlanDto } from '../../../../src/payment-plans/payment-plan.responses';

const STATE_COLORS: Record<string, 'default' | 'success' | 'warning' | 'error'> = {
  UPCOMING: 'default',
  PAID: 'success',
  PARTIALLY_PAID: 'warning',
  LATE: 'error',
};
const PLAN_STATUS: Record<string, string> = { ACTIVE: 'En cours', COMPLETED: 'Soldé', CANCELLED: 'Annulé' };

/** The invoice's payment plan in the schedule: each installment with what was allocated to it and its state. */
export function PaymentPlanSection({ invoiceId, plan }: { invoiceId: string; plan: PaymentPlanDto }) {
  const { permissions: role } = usePermissions();
  const notify = useNotify();
  const refresh = useRefresh();
  const cancel = () =>
    api(`/invoices/${invoiceId}/payment-plan`, { method: 'DELETE', idempotencyKey: crypto.randomUUID() })
      .then(() => notify('Échéancier annulé : les relances reprennent', { type: 'success' }))
      .catch((e: Error) => notify(e.message, { type: 'error' }))
      .finally(refresh);
  return (
    <Box sx={{ mb: 2 }} data-testid="payment-plan">
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography variant="subtitle2">
          Échéancier accordé par {plan.grantedBy.fullName} le {formatDate(plan.createdAt)}
        </Typography>
        <Chip
          size="small"
          label={PLAN_STATUS[plan.status] ?? plan.status}
          color={plan.status === 'ACTIVE' ? 'primary' : 'default'}
        />
        {plan.status === 'ACTIVE' && may(role, 'paymentPlan') && (
          <Button size="small" startIcon={<CancelIcon />} onClick={() => void cancel()}>
            Annuler l'échéancier
          </Button>
        )}
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Motif : {plan.reason}
        {plan.endReason ? ` — fin : ${plan.endReason}` : ''}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>Échéance</TableCell>
            <TableCell>Date</TableCell>
            <TableCell align="right">Montant</TableCell>
            <TableCell align="right">Réglé</TableCell>
            <TableCell>État</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {plan.installments.map((i) => (
            <TableRow key={i.position} data-state={i.state.code}>
              <TableCell>
                {i.position}/{plan.installments.length}
              </TableCell>
              <TableCell>{formatDate(i.dueDate)}</TableCell>
              <TableCell align="right">{formatEuros(i.amountCents)}</TableCell>
              <TableCell align="right">{formatEuros(i.paidCents)}</TableCell>
              <TableCell>
                <Chip size="small" color={STATE_COLORS[i.state.code]} label={i.state.label} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
