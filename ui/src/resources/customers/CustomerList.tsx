import {
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  NullableBooleanInput,
  ReferenceInput,
  AutocompleteInput,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  usePermissions,
} from 'react-admin';
import { Stack } from '@mui/material';
import { MoneyField } from '../../components/Money';
import { PROFILES, profileLabel } from '../../format';
import { may } from '../../roles';
import { CustomerBadges, type CustomerBadge } from './FrequentLateBadge';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Nom, SIREN, e-mail…" />,
  <SelectInput key="profile" source="profile" label="Profil" choices={PROFILES} alwaysOn />,
  <ReferenceInput key="owner" source="ownerId" reference="users" label="Commercial">
    <AutocompleteInput label="Commercial" optionText="fullName" />
  </ReferenceInput>,
  <NullableBooleanInput
    key="late"
    source="frequentLatePayer"
    label="Retards fréquents"
    trueLabel="Oui"
    falseLabel="Non"
    nullLabel="Tous"
  />,
];

function Actions() {
  const { permissions } = usePermissions();
  return <TopToolbar>{may(permissions, 'createCustomer') && <CreateButton label="Nouveau client" />}</TopToolbar>;
}

interface Row {
  name: string;
  profile: string;
  badges: CustomerBadge[];
}

export function CustomerList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} actions={<Actions />} title="Clients">
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <FunctionField<Row>
          label="Client"
          sortBy="name"
          render={(r) => (
            <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
              <strong>{r.name}</strong>
              <CustomerBadges badges={r.badges} />
            </Stack>
          )}
        />
        <TextField source="city" label="Ville" sortable={false} />
        <FunctionField<Row> label="Profil" render={(r) => profileLabel(r.profile)} />
        <TextField source="owner.fullName" label="Commercial" sortable={false} />
        <TextField source="openInvoices" label="Factures ouvertes" sortable={false} />
        <MoneyField source="outstandingCents" label="Encours" sortBy="outstandingCents" />
        <MoneyField source="overdueCents" label="Dont en retard" sortable={false} />
      </Datagrid>
    </List>
  );
}
