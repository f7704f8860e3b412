import {
  ArrayInput,
  AutocompleteInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  required,
  minValue,
  maxValue,
} from 'react-admin';
import { Box, Typography } from '@mui/material';
import { LiveTotals } from './LiveTotals';
import { CATEGORY_CHOICES, VAT_CATEGORY_CHOICES, VAT_CHOICES, VAT_EXEMPTION_CHOICES } from './statuses';

const positive = [required('Obligatoire'), minValue(0.001, 'Doit être positive')];

/** Draft form: customer, terms and lines; totals are shown live, never typed. */
export function InvoiceForm() {
  return (
    <SimpleForm
      defaultValues={{ operationCategory: 'SERVICES', lines: [{ quantity: 1, vatRate: 20 }] }}
      sx={{ maxWidth: 1100 }}
    >
      <Typography variant="h6">Client et conditions</Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr 1fr' }, gap: 2, width: '100%' }}>
        <ReferenceInput source="customerId" reference="customers">
          <AutocompleteInput
            label="Client"
            optionText="name"
            validate={required('Choisissez un client')}
            filterToQuery={(q: string) => ({ q })}
          />
        </ReferenceInput>
        <SelectInput source="operationCategory" label="Catégorie d'opération" choices={CATEGORY_CHOICES} />
        <NumberInput
          source="paymentTermsDays"
          label="Délai de paiement (jours)"
          helperText="60 jours au plus (L441-10)"
          validate={[minValue(0), maxValue(60, '60 jours au plus')]}
        />
        <DateInput source="saleDate" label="Date de la prestation" />
        <TextInput source="customerReference" label="Référence client (bon de commande)" />
        <TextInput source="series" label="Série (ex. CONSEIL)" />
      </Box>
      <Typography variant="h6" sx={{ mt: 2 }}>
        Lignes
      </Typography>
      <ArrayInput source="lines" label={false}>
        <SimpleFormIterator inline disableReordering>
          <TextInput
            source="description"
            label="Désignation"
            validate={required('Obligatoire')}
            sx={{ minWidth: 300 }}
          />
          <NumberInput source="quantity" label="Quantité" validate={positive} sx={{ width: 110 }} />
          <TextInput source="unit" label="Unité" sx={{ width: 90 }} />
          <NumberInput
            source="unitPrice"
            label="Prix unitaire HT (€)"
            validate={[required('Obligatoire'), minValue(0)]}
            sx={{ width: 170 }}
          />
          <SelectInput source="vatRate" label="TVA" choices={VAT_CHOICES} validate={required()} sx={{ width: 100 }} />
          <NumberInput
            source="discountPercent"
            label="Remise %"
            validate={[minValue(0), maxValue(100)]}
            sx={{ width: 110 }}
          />
          <SelectInput
            source="vatCategory"
            label="TVA à 0 %"
            choices={VAT_CATEGORY_CHOICES}
            emptyText="—"
            sx={{ width: 150 }}
          />
          <SelectInput
            source="vatExemptionCode"
            label="Motif d'exonération"
            choices={VAT_EXEMPTION_CHOICES}
            emptyText="—"
            sx={{ width: 220 }}
          />
        </SimpleFormIterator>
      </ArrayInput>
      <LiveTotals />
      <TextInput source="customerNote" label="Note pour le client (imprimée sur la facture)" multiline fullWidth />
      <TextInput source="notes" label="Notes internes (jamais imprimées ni envoyées)" multiline fullWidth />
      <Typography variant="h6" sx={{ mt: 2 }}>
        Adresse de livraison (si différente de celle du client)
      </Typography>
      <Box
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 2fr 1fr 1fr 80px' }, gap: 2, width: '100%' }}
      >
        <TextInput source="deliveryAddress.name" label="Nom" />
        <TextInput source="deliveryAddress.addressLine1" label="Adresse" />
        <TextInput source="deliveryAddress.postalCode" label="Code postal" />
        <TextInput source="deliveryAddress.city" label="Ville" />
        <TextInput source="deliveryAddress.country" label="Pays" helperText="FR, BE…" />
      </Box>
    </SimpleForm>
  );
}
