import {
  ArrayInput,
  Form,
  NumberInput,
  SaveButton,
  SelectInput,
  SimpleFormIterator,
  required,
  useNotify,
} from 'react-admin';
import { Alert, Box, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Section } from '../../components/Section';
import { api, HttpErrorBody } from '../../http';
import { useApi } from '../../useApi';

interface Circuit {
  levels: Array<{ role: string; minAmountExclTaxCents?: number | null }>;
  sending: 'AUTOMATIC' | 'ADV';
  reminderAfterBusinessDays: number;
  escalateAfterBusinessDays: number;
}

const ROLES = [
  { id: 'MANAGER', name: 'Responsable commercial' },
  { id: 'FINANCE_DIRECTOR', name: 'Directeur financier' },
  { id: 'DIRECTOR', name: 'Direction' },
  { id: 'ADMIN', name: 'Administrateur' },
];

// The form works in euros; the API stores thresholds in cents.
const toForm = (c: Circuit) => ({
  ...c,
  levels: c.levels.map((l) => ({
    role: l.role,
    minAmount: l.minAmountExclTaxCents == null ? null : l.minAmountExclTaxCents / 100,
  })),
});

export function ApprovalCircuitForm() {
  const { data } = useApi<Circuit>('/settings/approval-circuit', false);
  const notify = useNotify();
  const client = useQueryClient();
  if (!data) {
    return null;
  }
  const save = async (values: Record<string, unknown>) => {
    const levels = (values.levels as Array<{ role: string; minAmount?: number | null }>).map((l) => ({
      role: l.role,
      minAmountExclTaxCents:
        l.minAmount === null || l.minAmount === undefined || String(l.minAmount) === ''
          ? null
          : Math.round(Number(l.minAmount) * 100),
    }));
    const body = {
      levels,
      sending: values.sending,
      reminderAfterBusinessDays: Number(values.reminderAfterBusinessDays),
      escalateAfterBusinessDays: Number(values.escalateAfterBusinessDays),
    };
    try {
      await api('/settings/approval-circuit', { method: 'PUT', body });
      notify('Circuit de validation enregistré', { type: 'success' });
      await client.invalidateQueries({ queryKey: ['api', '/settings/approval-circuit'] });
      return undefined;
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
      return HttpErrorBody.fieldErrors(e, { minAmountExclTaxCents: 'minAmount' });
    }
  };
  return (
    <Section title="Circuit de validation">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Chaque niveau s'applique quand le total HT dépasse son seuil (vide : toujours). Une modification vaut pour les
        factures soumises ensuite.
      </Typography>
      <Form record={toForm(data)} onSubmit={save}>
        <ArrayInput source="levels" label="Niveaux de validation">
          <SimpleFormIterator inline>
            <SelectInput source="role" label="Valideur" choices={ROLES} validate={required()} sx={{ width: 300 }} />
            <NumberInput source="minAmount" label="Seuil HT (€)" helperText="Vide : toujours" sx={{ width: 220 }} />
          </SimpleFormIterator>
        </ArrayInput>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' }, columnGap: 2 }}>
          <SelectInput
            source="sending"
            label="Envoi après validation"
            choices={[
              { id: 'AUTOMATIC', name: 'Automatique' },
              { id: 'ADV', name: "Par l'ADV" },
            ]}
          />
          <NumberInput source="reminderAfterBusinessDays" label="Relancer le valideur après (jours ouvrés)" />
          <NumberInput source="escalateAfterBusinessDays" label="Escalader après (jours ouvrés)" />
        </Box>
        <Stack direction="row">
          <SaveButton label="Enregistrer le circuit" alwaysEnable />
        </Stack>
      </Form>
      <Alert severity="info" sx={{ mt: 2 }}>
        Personne ne valide sa propre facture.
      </Alert>
    </Section>
  );
}
