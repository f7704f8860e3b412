import { Datagrid, FunctionField, List, TextField } from 'react-admin';
import { Chip, Typography } from '@mui/material';
import { MoneyField } from '../../components/Money';
import { daysSince, formatDateTime } from '../../format';
import type { InvoiceSummary } from '../dashboard/types';

const Empty = () => (
  <Typography sx={{ p: 4, textAlign: 'center' }} color="text.secondary">
    Aucune facture n'attend votre validation.
  </Typography>
);

/** Invoices waiting for MY level (GET /invoices?awaitingMyApproval=true: my role, not created by me). */
export function ApprovalInbox() {
  return (
    <List title="Factures à valider" sort={{ field: 'createdAt', order: 'ASC' }} empty={<Empty />} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false} data-testid="approval-inbox">
        <TextField source="customer.name" label="Client" sortable={false} />
        <TextField source="createdBy.fullName" label="Créée par" sortable={false} />
        <MoneyField source="totalExclTaxCents" label="Montant HT" sortable={false} />
        <MoneyField source="totalInclTaxCents" label="Montant TTC" sortBy="totalInclTaxCents" />
        <FunctionField<InvoiceSummary>
          label="Niveau"
          render={(r) =>
            r.approval ? <Chip size="small" label={`${r.approval.level} / ${r.approval.levelsTotal}`} /> : '—'
          }
        />
        <FunctionField<InvoiceSummary>
          label="En attente depuis"
          render={(r) => {
            const days = daysSince(r.submittedAt) ?? 0;
            return (
              <span title={formatDateTime(r.submittedAt)}>
                {days === 0 ? "aujourd'hui" : `${days} jour${days > 1 ? 's' : ''}`}
              </span>
            );
          }}
        />
      </Datagrid>
    </List>
  );
}
