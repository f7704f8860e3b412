import {
  AutocompleteInput,
  CreateButton,
  Datagrid,
  DateInput,
  ExportButton,
  FunctionField,
  List,
  NullableBooleanInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  TextField,
  TopToolbar,
  usePermissions,
} from 'react-admin';
import { MoneyField } from '../../components/Money';
import { csvExporter } from '../../csvExporter';
import { StatusField } from '../../components/StatusChip';
import { formatDate } from '../../format';
import { may } from '../../roles';
import type { InvoiceSummary } from '../dashboard/types';
import { STATUS_CHOICES } from './statuses';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="N°, client…" />,
  <SelectArrayInput
    key="status"
    source="status"
    label="Statut"
    choices={STATUS_CHOICES}
    alwaysOn
    sx={{ minWidth: 220 }}
  />,
  <ReferenceInput key="customer" source="customerId" reference="customers" label="Client">
    <AutocompleteInput label="Client" optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <NullableBooleanInput
    key="overdue"
    source="overdue"
    label="Échues uniquement"
    trueLabel="Oui"
    falseLabel="Non"
    nullLabel="Toutes"
  />,
  <ReferenceInput key="owner" source="ownerId" reference="users" label="Commercial" filter={{ role: 'SALES' }}>
    <AutocompleteInput label="Commercial" optionText="fullName" />
  </ReferenceInput>,
  <DateInput key="from" source="from" label="Émise du" />,
  <DateInput key="to" source="to" label="Émise au" />,
];

function Actions() {
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      {may(permissions, 'createInvoice') && <CreateButton label="Nouvelle facture" />}
      <ExportButton />
    </TopToolbar>
  );
}

export function InvoiceList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      actions={<Actions />}
      exporter={csvExporter}
      title="Factures"
      perPage={25}
    >
      <Datagrid rowClick="show" bulkActionButtons={false} data-testid="invoice-list">
        <FunctionField<InvoiceSummary>
          label="N°"
          sortBy="number"
          render={(r) => <strong>{r.number ?? 'Projet'}</strong>}
        />
        <TextField source="customer.name" label="Client" sortable={false} />
        <TextField source="createdBy.fullName" label="Créée par" sortable={false} />
        <FunctionField<InvoiceSummary> label="Émise le" sortBy="issueDate" render={(r) => formatDate(r.issueDate)} />
        <FunctionField<InvoiceSummary> label="Échéance" sortBy="dueDate" render={(r) => formatDate(r.dueDate)} />
        <MoneyField source="totalInclTaxCents" label="Montant TTC" sortBy="totalInclTaxCents" textAlign="right" />
        <MoneyField source="balanceCents" label="Reste dû" sortBy="balanceCents" textAlign="right" />
        <FunctionField<InvoiceSummary>
          label="Retard"
          sortBy="daysLate"
          render={(r) => (r.daysLate === null ? '—' : `${r.daysLate} j`)}
        />
        <StatusField label="Statut" sortable={false} />
      </Datagrid>
    </List>
  );
}
