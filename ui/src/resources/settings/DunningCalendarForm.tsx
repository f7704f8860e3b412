import { BooleanInput, Form, NumberInput, SaveButton, TextInput, useNotify } from 'react-admin';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Section } from '../../components/Section';
import { api, HttpErrorBody } from '../../http';
import { formatLongDate } from '../../format';
import { useApi } from '../../useApi';

interface DunningSettings {
  profilePolicies: Record<string, string>;
  timezone: string;
  sendHour: string;
  businessDaysOnly: boolean;
  skipPublicHolidays: boolean;
  windowStart: string;
  windowEnd: string;
  latePenaltyRateBp: number | null;
  ecbRateBp: number;
  holidays: Array<{ date: string; name: string }>;
}

const FIELDS = [
  'timezone',
  'sendHour',
  'businessDaysOnly',
  'skipPublicHolidays',
  'windowStart',
  'windowEnd',
  'profilePolicies',
] as const;

export function DunningCalendarForm() {
  const { data } = useApi<DunningSettings>('/settings/dunning', false);
  const notify = useNotify();
  const client = useQueryClient();
  if (!data) {
    return null;
  }
  const save = async (values: Record<string, unknown>) => {
    const body = {
      ...Object.fromEntries(FIELDS.map((k) => [k, values[k]])),
      ecbRateBp: Math.round(Number(values.ecbRate) * 100),
    };
    try {
      await api('/settings/dunning', { method: 'PUT', body });
      notify('Calendrier de relance enregistré', { type: 'success' });
      await client.invalidateQueries({ queryKey: ['api', '/settings/dunning'] });
      return undefined;
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
      return HttpErrorBody.fieldErrors(e, { ecbRateBp: 'ecbRate' });
    }
  };
  return (
    <Section title="Calendrier de relance">
      <Form record={{ ...data, ecbRate: data.ecbRateBp / 100 }} onSubmit={save}>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' }, columnGap: 2 }}>
          <TextInput source="timezone" label="Fuseau horaire" helperText="ex. Europe/Paris" />
          <TextInput source="sendHour" label="Heure d'envoi (HH:mm)" />
          <TextInput source="windowStart" label="Fenêtre d'envoi : début" />
          <TextInput source="windowEnd" label="Fenêtre d'envoi : fin" />
          <NumberInput source="ecbRate" label="Taux BCE (%)" helperText="Pénalités légales : BCE + 10 points" />
        </Box>
        <Stack direction="row" sx={{ gap: 3 }}>
          <BooleanInput source="businessDaysOnly" label="Jours ouvrés uniquement" />
          <BooleanInput source="skipPublicHolidays" label="Sauter les jours fériés" />
        </Stack>
        <SaveButton label="Enregistrer le calendrier" alwaysEnable />
      </Form>
      <Typography variant="subtitle2" sx={{ mt: 3, mb: 1 }}>
        Jours fériés des 12 prochains mois
      </Typography>
      <Stack direction="row" data-testid="holidays" sx={{ gap: 1, flexWrap: 'wrap' }}>
        {data.holidays.map((h) => (
          <Chip key={h.date} variant="outlined" label={`${formatLongDate(h.date)} · ${h.name}`} />
        ))}
      </Stack>
    </Section>
  );
}
