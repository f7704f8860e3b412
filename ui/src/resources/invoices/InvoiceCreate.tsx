import { Create, Edit } from 'react-admin';
import { InvoiceForm } from './InvoiceForm';

export function InvoiceCreate() {
  return (
    <Create title="Nouvelle facture" redirect="show">
      <InvoiceForm />
    </Create>
  );
}

/** Only a draft or a rejected invoice is editable (the API answers 409 otherwise). */
export function InvoiceEdit() {
  return (
    <Edit title="Modifier le brouillon" redirect="show" mutationMode="pessimistic">
      <InvoiceForm />
    </Edit>
  );
}
