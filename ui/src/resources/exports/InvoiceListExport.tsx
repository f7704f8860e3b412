import { useState } from 'react';
import { Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Section } from '../../components/Section';
import { query } from '../../http';
import { STATUS_CHOICES } from '../invoices/statuses';
import { useDownload } from './useDownload';

/** The invoices issued in the chosen calendar year, optionally of one status, as CSV or XLSX. */
export function InvoiceListExport({ year }: { year: number }) {
  const [status, setStatus] = useState('');
  const { busy, start } = useDownload();
  const download = (format: 'csv' | 'xlsx') =>
    void start(
      `/invoices/export${query({ format, status, from: `${year}-01-01`, to: `${year}-12-31`, sort: 'issueDate', order: 'asc' })}`,
      `factures.${format}`,
    );
  return (
    <Section title="Liste des factures">
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <TextField
          select
          fullWidth={false}
          size="small"
          label="Statut"
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          sx={{ width: 220 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">Tous</MenuItem>
          {STATUS_CHOICES.map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <Typography variant="body2" color="text.secondary">
          émises en {year}
        </Typography>
        <Button variant="outlined" disabled={busy} onClick={() => download('csv')}>
          CSV
        </Button>
        <Button variant="outlined" disabled={busy} onClick={() => download('xlsx')}>
          Excel (XLSX)
        </Button>
      </Stack>
    </Section>
  );
}
