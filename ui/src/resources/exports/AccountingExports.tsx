import { useState } from 'react';
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { Section } from '../../components/Section';
import { query } from '../../http';
import { useDownload } from './useDownload';

const ENCODINGS = [
  { id: 'utf-8', name: 'UTF-8' },
  { id: 'iso-8859-15', name: 'ISO 8859-15' },
];
const LAYOUTS = [
  { id: 'sage', name: 'Sage 100' },
  { id: 'cegid', name: 'Cegid' },
  { id: 'ebp', name: 'EBP' },
];

/** The FEC and the same entries in an accounting software's import layout, for one accounting year. */
export function AccountingExports({ year }: { year: number }) {
  const [encoding, setEncoding] = useState('utf-8');
  const [layout, setLayout] = useState('sage');
  const { busy, start } = useDownload();
  return (
    <Section title="Comptabilité">
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, mb: 2 }}>
        <TextField
          select
          fullWidth={false}
          size="small"
          label="Encodage du FEC"
          value={encoding}
          onChange={(e) => setEncoding(e.target.value)}
          sx={{ width: 180 }}
        >
          {ENCODINGS.map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <Button
          variant="contained"
          disabled={busy}
          onClick={() => void start(`/exports/fec${query({ year, encoding })}`, `FEC-${year}.txt`)}
        >
          Télécharger le FEC
        </Button>
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <TextField
          select
          fullWidth={false}
          size="small"
          label="Logiciel comptable"
          value={layout}
          onChange={(e) => setLayout(e.target.value)}
          sx={{ width: 180 }}
        >
          {LAYOUTS.map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <Button
          variant="outlined"
          disabled={busy}
          onClick={() => void start(`/exports/journal${query({ year, layout })}`, `journal-${layout}-${year}.csv`)}
        >
          Télécharger le journal (CSV)
        </Button>
      </Stack>
    </Section>
  );
}
