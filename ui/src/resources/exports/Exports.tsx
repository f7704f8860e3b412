import { useState } from 'react';
import { Title } from 'react-admin';
import { Box, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { AccountingExports } from './AccountingExports';
import { ArchiveCheck } from './ArchiveCheck';
import { InvoiceListExport } from './InvoiceListExport';

// Ten years: what the law asks to keep (Code de commerce L123-22).
const YEARS = Array.from({ length: 10 }, (_, i) => new Date().getFullYear() - i);

/** Finance's exports for one accounting year: FEC, journal, invoice list, archive check and ZIP. */
export function Exports() {
  const [year, setYear] = useState(YEARS[0]);
  return (
    <Box sx={{ py: 2 }} data-testid="exports">
      <Title title="Exports" />
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 2 }}>
        <Typography variant="h5">Exports</Typography>
        <TextField
          select
          fullWidth={false}
          size="small"
          label="Exercice"
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
          sx={{ width: 140 }}
        >
          {YEARS.map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <AccountingExports year={year} />
      <InvoiceListExport year={year} />
      <ArchiveCheck year={year} />
    </Box>
  );
}
