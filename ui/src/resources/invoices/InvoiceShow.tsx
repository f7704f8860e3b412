import { Grid, LinearProgress } from '@mui/material';
import { Show, useShowContext } from 'react-admin';
import { Section } from '../../components/Section';
import { InvoiceHeader } from './InvoiceHeader';
import { LinesTable } from './LinesTable';
import { Documents, History, Messages, Payments } from './Records';
import { Schedule } from './Schedule';
import type { InvoiceDetail } from './types';

function InvoiceDetailView() {
  const { record, isPending } = useShowContext<InvoiceDetail>();
  // A list row may stand in for the record until the detail (lines, totals) arrives.
  if (isPending || !record?.lines) {
    return <LinearProgress />;
  }
  return (
    <>
      <InvoiceHeader invoice={record} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Section title="Lignes">
            <LinesTable invoice={record} />
          </Section>
          <Payments id={record.id} />
          <Messages id={record.id} />
          <Documents id={record.id} />
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <Schedule id={record.id} />
          <History id={record.id} />
        </Grid>
      </Grid>
    </>
  );
}

const Title = () => {
  const { record } = useShowContext<InvoiceDetail>();
  return <>{record ? `Facture ${record.number ?? '(brouillon)'}` : 'Facture'}</>;
};

export function InvoiceShow() {
  return (
    <Show title={<Title />} component="div" actions={false} queryOptions={{ refetchInterval: 5000 }}>
      <InvoiceDetailView />
    </Show>
  );
}
