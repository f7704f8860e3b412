import { Alert, Box, Chip, Grid, LinearProgress, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Title } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import WarningIcon from '@mui/icons-material/WarningAmberRounded';
import InboxIcon from '@mui/icons-material/FactCheckOutlined';
import TaskIcon from '@mui/icons-material/TaskAltOutlined';
import SendIcon from '@mui/icons-material/SendOutlined';
import { Empty, Section } from '../../components/Section';
import { formatDateTime, formatEuros, formatLongDate, daysSince } from '../../format';
import { useApi } from '../../useApi';
import { InvoiceTable } from './InvoiceTable';
import { KpiCards } from './KpiCards';
import { StatusTiles } from './StatusTiles';
import type { Dashboard as DashboardData } from './types';

function MyActions({ data }: { data: DashboardData }) {
  const navigate = useNavigate();
  const { approvals, tasks, toSend } = data.myActions;
  return (
    <>
      <Section title={`À valider (${approvals.count})`} icon={<InboxIcon color="primary" />}>
        {approvals.items.length ? (
          <InvoiceTable
            rows={approvals.items}
            dateLabel="En attente depuis"
            date={(r) => `${daysSince(r.submittedAt) ?? 0} j`}
          />
        ) : (
          <Empty>Aucune facture n'attend votre validation.</Empty>
        )}
      </Section>
      {toSend && (
        <Section title={`À envoyer (${toSend.count})`} icon={<SendIcon color="primary" />}>
          {toSend.items.length ? (
            <InvoiceTable rows={toSend.items} dateLabel="Émise le" date={(r) => formatLongDate(r.issueDate)} />
          ) : (
            <Empty>Rien à envoyer.</Empty>
          )}
        </Section>
      )}
      <Section title={`Mes tâches (${tasks.count})`} icon={<TaskIcon color="primary" />}>
        {tasks.items.length ? (
          <List dense disablePadding>
            {tasks.items.map((t) => (
              <ListItemButton key={t.id} onClick={() => void navigate('/tasks')} sx={{ borderRadius: 1 }}>
                <ListItemText primary={t.title} secondary={`Échéance ${formatDateTime(t.dueAt)}`} />
                {t.overdue && <Chip size="small" color="error" label="En retard" />}
              </ListItemButton>
            ))}
          </List>
        ) : (
          <Empty>Aucune tâche ouverte.</Empty>
        )}
      </Section>
    </>
  );
}

function AgedBalance({ data }: { data: DashboardData }) {
  const max = Math.max(1, ...data.receivables.buckets.map((b) => b.balanceCents));
  return (
    <Section title="Balance âgée des retards">
      {data.receivables.buckets.map((b) => (
        <Box key={b.key} sx={{ mb: 1.25 }}>
          <Box sx={{ display: 'flex', justifyContent: 'space-between' }}>
            <Typography variant="body2">{b.label}</Typography>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {formatEuros(b.balanceCents)} · {b.count}
            </Typography>
          </Box>
          <LinearProgress
            variant="determinate"
            value={(100 * b.balanceCents) / max}
            color={b.key === '0-30' ? 'warning' : 'error'}
            sx={{ height: 6, borderRadius: 3 }}
          />
        </Box>
      ))}
    </Section>
  );
}

export function Dashboard() {
  const { data, error, isPending } = useApi<DashboardData>('/dashboard');
  return (
    <Box sx={{ py: 2 }} data-testid="dashboard">
      <Title title="Tableau de bord" />
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">Tableau de bord indisponible : {error.message}</Alert>}
      {data && (
        <>
          <Typography variant="h5" sx={{ mb: 0.5 }}>
            Tableau de bord
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            Situation au {formatLongDate(data.today)}
          </Typography>
          <KpiCards data={data} />
          <StatusTiles data={data} />
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, lg: 7 }}>
              <Section title="Factures en retard, les plus anciennes d'abord" icon={<WarningIcon color="error" />}>
                {data.overdue.length ? (
                  <InvoiceTable rows={data.overdue} />
                ) : (
                  <Empty>Aucune facture en retard. Bravo !</Empty>
                )}
              </Section>
              <AgedBalance data={data} />
            </Grid>
            <Grid size={{ xs: 12, lg: 5 }}>
              <MyActions data={data} />
            </Grid>
          </Grid>
        </>
      )}
    </Box>
  );
}
