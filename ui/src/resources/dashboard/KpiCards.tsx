import { Card, CardContent, Grid, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { formatEuros } from '../../format';
import type { Dashboard } from './types';
import { colors } from '../../theme';

function Kpi({ label, value, hint, tone }: { label: string; value: ReactNode; hint?: string; tone?: string }) {
  return (
    <Card sx={{ height: '100%', borderTop: `4px solid ${tone ?? colors.primary}` }}>
      <CardContent>
        <Typography
          variant="caption"
          color="text.secondary"
          sx={{ textTransform: 'uppercase', letterSpacing: 0.6, fontWeight: 700 }}
        >
          {label}
        </Typography>
        <Typography variant="h5" sx={{ mt: 0.5, fontVariantNumeric: 'tabular-nums' }}>
          {value}
        </Typography>
        {hint && (
          <Typography variant="body2" color="text.secondary">
            {hint}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

const LEVEL_TONE = { GOOD: colors.green, WATCH: colors.orange, URGENT: colors.red } as const;
const percent = (rate: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }).format(rate);

export function KpiCards({ data }: { data: Dashboard }) {
  const { receivables: r, kpis } = data;
  const rate = kpis.overdueAt30.rate;
  return (
    <Grid container spacing={2} sx={{ mb: 2 }}>
      <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
        <Kpi
          label="Encours clients"
          value={formatEuros(r.outstandingCents)}
          hint={`${r.openCount} facture${r.openCount > 1 ? 's' : ''} ouverte${r.openCount > 1 ? 's' : ''}`}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
        <Kpi
          label="En retard"
          value={formatEuros(r.overdueCents)}
          hint={`${r.overdueCount} facture${r.overdueCount > 1 ? 's' : ''} échue${r.overdueCount > 1 ? 's' : ''}`}
          tone={colors.red}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
        <Kpi
          label="Délai moyen de paiement"
          value={kpis.dso.days === null ? '—' : `${Math.round(kpis.dso.days)} j`}
          hint={`${kpis.dso.invoices} facture(s) payée(s) sur ${kpis.windowDays} jours`}
          tone={colors.teal}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
        <Kpi
          label="Impayés à 30 jours"
          value={rate === null ? '—' : percent(rate)}
          hint="Objectif : moins de 5 %"
          tone={kpis.overdueAt30.level ? LEVEL_TONE[kpis.overdueAt30.level] : undefined}
        />
      </Grid>
    </Grid>
  );
}
