import { Alert, Box, Button, Card, CardContent, Link, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Fact } from '../../components/Section';
import { StatusChip } from '../../components/StatusChip';
import { formatDate, formatDateTime, formatEuros } from '../../format';
import { InvoiceActions } from './InvoiceActions';
import type { InvoiceDetail } from './types';

// The API gives the Temporal Web UI link (TEMPORAL_UI_URL + namespace); the fallback is the local dev server.
const temporalLink = (i: InvoiceDetail) =>
  i.temporalUrl ?? (i.workflowId ? `http://localhost:8233/namespaces/default/workflows/${i.workflowId}` : null);

export function InvoiceHeader({ invoice, actions = true }: { invoice: InvoiceDetail; actions?: boolean }) {
  const temporal = temporalLink(invoice);
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Stack direction={{ xs: 'column', md: 'row' }} sx={{ justifyContent: 'space-between', gap: 2 }}>
          <Box>
            <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5 }}>
              <Typography variant="h5" data-testid="invoice-number">
                {invoice.number ?? 'Projet de facture'}
              </Typography>
              <span data-testid="invoice-status">
                <StatusChip status={invoice.status} size="medium" />
              </span>
            </Stack>
            <Link
              component={RouterLink}
              to={`/customers/${invoice.customer.id}/show`}
              underline="hover"
              sx={{ fontWeight: 600 }}
            >
              {invoice.customer.name}
            </Link>
            <Typography variant="body2" color="text.secondary">
              Créée par {invoice.createdBy.fullName}
              {invoice.nextAction
                ? ` · Prochaine étape : ${invoice.nextAction.label}${invoice.nextAction.at ? ` (${formatDateTime(invoice.nextAction.at)})` : ''}`
                : ''}
            </Typography>
          </Box>
          {temporal && (
            <Box>
              <Button size="small" href={temporal} target="_blank" rel="noreferrer" endIcon={<OpenInNewIcon />}>
                Voir dans Temporal
              </Button>
            </Box>
          )}
        </Stack>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(6, 1fr)' }, gap: 2, my: 2.5 }}>
          <Fact label="Total HT">{formatEuros(invoice.totalExclTaxCents)}</Fact>
          <Fact label="Total TTC">{formatEuros(invoice.totalInclTaxCents)}</Fact>
          <Fact label="Reste dû">
            <span data-testid="balance">{formatEuros(invoice.balanceCents)}</span>
          </Fact>
          <Fact label="Émise le">{formatDate(invoice.issueDate)}</Fact>
          <Fact label="Échéance">{formatDate(invoice.dueDate)}</Fact>
          <Fact label="Envoyée">
            {invoice.sentAt
              ? formatDateTime(invoice.sentAt)
              : invoice.scheduledSendAt
                ? `Programmée ${formatDateTime(invoice.scheduledSendAt)}`
                : '—'}
          </Fact>
        </Box>
        {invoice.rejectionReason && invoice.phase === 'REJECTED' && (
          <Alert severity="error" sx={{ mb: 2 }}>
            Rejetée : {invoice.rejectionReason}
          </Alert>
        )}
        {invoice.disputed && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            Litige en cours : {invoice.disputeReason}
          </Alert>
        )}
        {invoice.promisedPaymentDate && invoice.balanceCents > 0 && (
          <Alert severity="info" sx={{ mb: 2 }}>
            Paiement promis pour le {formatDate(invoice.promisedPaymentDate)}
          </Alert>
        )}
        {actions && <InvoiceActions invoice={invoice} />}
      </CardContent>
    </Card>
  );
}
