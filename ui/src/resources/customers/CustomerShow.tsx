import {
  Box,
  Card,
  CardContent,
  Chip,
  Grid,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { EditButton, Show, useShowContext, usePermissions } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { Money } from '../../components/Money';
import { Empty, Fact, Section } from '../../components/Section';
import { formatDate, formatEuros, PAYMENT_METHODS, profileLabel } from '../../format';
import { may } from '../../roles';
import { InvoiceTable } from '../dashboard/InvoiceTable';
import { CustomerBadges } from './FrequentLateBadge';
import { RevokePortalLinksButton } from './RevokePortalLinksButton';
import type { CustomerCard } from './types';

function Identity({ c }: { c: CustomerCard }) {
  const { permissions } = usePermissions();
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'flex-start', justifyContent: 'space-between' }}>
          <Box>
            <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5 }}>
              <Typography variant="h5">{c.name}</Typography>
              <Chip size="small" color="primary" variant="outlined" label={profileLabel(c.profile)} />
              <CustomerBadges badges={c.badges} />
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {[c.legalForm, c.siren && `SIREN ${c.siren}`, c.vatNumber && `TVA ${c.vatNumber}`]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
          </Box>
          <Stack direction="row" sx={{ gap: 1 }}>
            <RevokePortalLinksButton customerId={c.id} />
            {may(permissions, 'editCustomer') && <EditButton label="Modifier" variant="outlined" />}
          </Stack>
        </Stack>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(5, 1fr)' }, gap: 2, mt: 2.5 }}>
          <Fact label="Encours">{formatEuros(c.summary.outstandingCents)}</Fact>
          <Fact label="Dont en retard">
            <Typography component="span" color={c.summary.overdueCents ? 'error' : 'inherit'} sx={{ fontWeight: 600 }}>
              {formatEuros(c.summary.overdueCents)}
            </Typography>
          </Fact>
          <Fact label="Plus ancien retard">
            {c.summary.oldestOverdueDays === null ? '—' : `${c.summary.oldestOverdueDays} jours`}
          </Fact>
          <Fact label="Retards (payées / en cours)">{`${c.summary.lateHistory.paidLate} / ${c.summary.lateHistory.currentlyLate}`}</Fact>
          <Fact label="Délai de paiement">
            {c.paymentTermsDays === null ? 'Conditions société' : `${c.paymentTermsDays} jours`}
          </Fact>
        </Box>
      </CardContent>
    </Card>
  );
}

function Contacts({ c }: { c: CustomerCard }) {
  const rows: Array<[string, string | null]> = [
    [
      'Adresse',
      [c.addressLine1, c.addressLine2, `${c.postalCode} ${c.city}`, c.country !== 'FR' ? c.country : null]
        .filter(Boolean)
        .join(', '),
    ],
    ['E-mail de facturation', c.billingEmail],
    ['Téléphone', c.phone],
    [
      'Décideur',
      [c.decisionMakerName, c.decisionMakerEmail, c.decisionMakerMobile].filter(Boolean).join(' · ') || null,
    ],
    ['Commercial', c.owner?.fullName ?? null],
  ];
  return (
    <Section title="Coordonnées">
      <Table size="small">
        <TableBody>
          {rows.map(([label, value]) => (
            <TableRow key={label}>
              <TableCell sx={{ color: 'text.secondary', width: 180, borderBottom: 'none' }}>{label}</TableCell>
              <TableCell sx={{ borderBottom: 'none' }}>{value ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}

function Policy({ c }: { c: CustomerCard }) {
  const navigate = useNavigate();
  const p = c.summary.dunningPolicy;
  return (
    <Section title="Profil et relances">
      <Typography variant="body2">
        Profil : <strong>{profileLabel(c.profile)}</strong>
      </Typography>
      <Typography variant="body2">
        Politique de relance :{' '}
        {p ? (
          <Chip
            size="small"
            clickable
            onClick={() => void navigate(`/dunning-policies/${p.id}/show`)}
            label={`${p.name} · v${p.version}`}
            sx={{ ml: 0.5 }}
          />
        ) : (
          '—'
        )}{' '}
        {p && (
          <Typography component="span" variant="caption" color="text.secondary">
            ({p.source === 'EXPLICIT' ? 'choisie pour ce client' : 'selon le profil'})
          </Typography>
        )}
      </Typography>
    </Section>
  );
}

function PaymentsHistory({ c }: { c: CustomerCard }) {
  return (
    <Section title="Derniers paiements">
      {!c.summary.payments.length ? (
        <Empty>Aucun paiement reçu.</Empty>
      ) : (
        <Table size="small">
          <TableBody>
            {c.summary.payments.map((p) => (
              <TableRow key={p.id}>
                <TableCell>{formatDate(p.paidAt)}</TableCell>
                <TableCell>{p.invoiceNumber}</TableCell>
                <TableCell>{PAYMENT_METHODS.find((m) => m.id === p.method)?.name ?? p.method}</TableCell>
                <TableCell align="right">
                  <Money cents={p.amountCents} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}

function Card360() {
  const { record, isPending } = useShowContext<CustomerCard>();
  if (isPending || !record?.summary) {
    return <LinearProgress />;
  }
  return (
    <Box data-testid="customer-card">
      <Identity c={record} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Section title={`Factures ouvertes (${record.summary.openInvoices})`}>
            {record.summary.invoices.length ? (
              <InvoiceTable rows={record.summary.invoices} />
            ) : (
              <Empty>Aucune facture ouverte.</Empty>
            )}
          </Section>
          <PaymentsHistory c={record} />
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <Contacts c={record} />
          <Policy c={record} />
        </Grid>
      </Grid>
    </Box>
  );
}

export function CustomerShow() {
  return (
    <Show component="div" actions={false} title="Fiche client">
      <Card360 />
    </Show>
  );
}
