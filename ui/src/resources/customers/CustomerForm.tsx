import {
  AutocompleteInput,
  BooleanInput,
  Create,
  Edit,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  email,
  maxValue,
  minValue,
  required,
  usePermissions,
} from 'react-admin';
import { Box, Typography } from '@mui/material';
import { PROFILES } from '../../format';
import { may } from '../../roles';

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' }, columnGap: 2, width: '100%' };

/** Identity, contacts and terms; the profile and an explicit dunning policy only for the roles allowed to set them. */
function CustomerForm() {
  const { permissions } = usePermissions();
  return (
    <SimpleForm defaultValues={{ isBusiness: true, country: 'FR' }} sx={{ maxWidth: 1100 }}>
      <Typography variant="h6">Identité</Typography>
      <Box sx={grid}>
        <TextInput source="name" label="Raison sociale" validate={required('Obligatoire')} />
        <TextInput source="legalForm" label="Forme juridique" />
        <BooleanInput source="isBusiness" label="Client professionnel" />
        <TextInput source="siren" label="SIREN" />
        <TextInput source="siret" label="SIRET" />
        <TextInput source="vatNumber" label="N° TVA intracommunautaire" />
      </Box>
      <Typography variant="h6">Adresse et contacts</Typography>
      <Box sx={grid}>
        <TextInput source="addressLine1" label="Adresse" validate={required('Obligatoire')} />
        <TextInput source="addressLine2" label="Complément" />
        <TextInput source="postalCode" label="Code postal" validate={required('Obligatoire')} />
        <TextInput source="city" label="Ville" validate={required('Obligatoire')} />
        <TextInput source="country" label="Pays (ISO)" />
        <TextInput
          source="billingEmail"
          label="E-mail de facturation"
          validate={[required('Obligatoire'), email('E-mail invalide')]}
        />
        <TextInput source="phone" label="Téléphone" />
        <TextInput source="decisionMakerName" label="Décideur" />
        <TextInput source="decisionMakerEmail" label="E-mail du décideur" />
        <TextInput
          source="decisionMakerMobile"
          label="Mobile du décideur (+33…)"
          helperText="Reçoit le SMS de relance à J+15"
        />
      </Box>
      <Typography variant="h6">Conditions et relances</Typography>
      <Box sx={grid}>
        <NumberInput
          source="paymentTermsDays"
          label="Délai de paiement (jours)"
          validate={[minValue(0), maxValue(60, '60 jours au plus (L441-10)')]}
        />
        <ReferenceInput source="ownerId" reference="users" filter={{ role: 'SALES' }}>
          <AutocompleteInput label="Commercial" optionText="fullName" />
        </ReferenceInput>
        {may(permissions, 'editProfile') && <SelectInput source="profile" label="Profil" choices={PROFILES} />}
        {may(permissions, 'editProfile') && (
          <ReferenceInput source="dunningPolicyId" reference="dunning-policies">
            <SelectInput label="Politique de relance (sinon selon le profil)" optionText="name" />
          </ReferenceInput>
        )}
      </Box>
      <TextInput source="notes" label="Notes" multiline fullWidth />
    </SimpleForm>
  );
}

export function CustomerCreate() {
  return (
    <Create title="Nouveau client" redirect="show">
      <CustomerForm />
    </Create>
  );
}

export function CustomerEdit() {
  return (
    <Edit title="Modifier le client" redirect="show" mutationMode="pessimistic">
      <CustomerForm />
    </Edit>
  );
}
