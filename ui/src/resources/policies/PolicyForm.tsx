import {
  ArrayInput,
  BooleanInput,
  Create,
  Edit,
  NumberInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  required,
  useSourceContext,
} from 'react-admin';
import { Box, Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { useApi } from '../../useApi';
import { ACTION_TYPES, ASSIGNEES } from './types';
import { colors } from '../../theme';

interface Template {
  name: string;
  actionTypes: string[];
}

/** The template picker only offers templates suited to the action type chosen on the same row. */
function TemplateInput({ source }: { source: string }) {
  const { data } = useApi<Template[]>('/message-templates', false);
  const type = useWatch({ name: useSourceContext().getSource('type') }) as string | undefined;
  const choices = (data ?? [])
    .filter((t) => !type || t.actionTypes.includes(type))
    .map((t) => ({ id: t.name, name: t.name }));
  return <SelectInput source={source} label="Modèle" choices={choices} validate={required()} sx={{ minWidth: 240 }} />;
}

function PolicyForm({ creating }: { creating: boolean }) {
  return (
    <SimpleForm sx={{ maxWidth: 1200 }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 2fr' }, columnGap: 2, width: '100%' }}>
        <TextInput
          source="code"
          label="Code (ex. STANDARD)"
          disabled={!creating}
          validate={creating ? required() : undefined}
        />
        <TextInput source="name" label="Nom" validate={required()} />
      </Box>
      <TextInput source="description" label="Description" multiline fullWidth />
      <Typography variant="h6">Étapes (jours par rapport à l'échéance)</Typography>
      <ArrayInput source="steps" label={false}>
        <SimpleFormIterator
          disableReordering
          sx={{ '& .RaSimpleFormIterator-line': { borderBottom: `1px solid ${colors.border}`, py: 1 } }}
        >
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <TextInput source="key" label="Clé (J+15)" validate={required()} sx={{ width: 110 }} />
            <NumberInput source="offsetDays" label="Décalage (jours)" validate={required()} sx={{ width: 150 }} />
            <TextInput source="label" label="Libellé" validate={required()} sx={{ minWidth: 320 }} />
          </Box>
          <ArrayInput source="actions" label="Actions">
            <SimpleFormIterator inline disableReordering>
              <SelectInput source="type" label="Canal" choices={ACTION_TYPES} validate={required()} />
              <TemplateInput source="template" />
              <SelectInput source="assignee" label="Destinataire interne" choices={ASSIGNEES} emptyText="—" />
            </SimpleFormIterator>
          </ArrayInput>
          <Box sx={{ display: 'flex', gap: 2 }}>
            <BooleanInput source="flags.mentionPenalties" label="Pénalités et indemnité 40 €" />
            <BooleanInput source="flags.copyOwner" label="Copie au commercial" />
            <BooleanInput source="flags.copyManager" label="Copie au manager" />
          </Box>
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  );
}

export function PolicyCreate() {
  return (
    <Create title="Nouvelle politique de relance" redirect="show">
      <PolicyForm creating />
    </Create>
  );
}

/** Saving creates a new version; invoices already in dunning keep theirs. */
export function PolicyEdit() {
  return (
    <Edit title="Nouvelle version de la politique" redirect="show" mutationMode="pessimistic">
      <PolicyForm creating={false} />
    </Edit>
  );
}
