import { Grid, LinearProgress, Stack } from '@mui/material';
import { Show, useRedirect, useShowContext } from 'react-admin';
import { PdfPreview } from '../../components/PdfPreview';
import { Section } from '../../components/Section';
import { ApprovalButtons } from '../invoices/ApprovalButtons';
import { InvoiceHeader } from '../invoices/InvoiceHeader';
import { LinesTable } from '../invoices/LinesTable';
import type { InvoiceDetail } from '../invoices/types';

function Review() {
  const { record, isPending } = useShowContext<InvoiceDetail>();
  const redirect = useRedirect();
  // A list row may stand in for the record until the detail (lines, totals) arrives.
  if (isPending || !record?.lines) {
    return <LinearProgress />;
  }
  const pending = record.phase === 'AWAITING_APPROVAL';
  return (
    <>
      <InvoiceHeader invoice={record} actions={false} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Section title="Lignes">
            <LinesTable invoice={record} />
          </Section>
          {pending && (
            <Section title="Votre décision">
              <Stack direction="row" sx={{ gap: 1 }}>
                <ApprovalButtons invoice={record} onDone={() => redirect('list', 'approvals')} />
              </Stack>
            </Section>
          )}
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Section title="Aperçu PDF">
            <PdfPreview path={`/invoices/${record.id}/preview.pdf`} />
          </Section>
        </Grid>
      </Grid>
    </>
  );
}

export function ApprovalShow() {
  return (
    <Show title="Validation de facture" component="div" actions={false}>
      <Review />
    </Show>
  );
}
