import { useState } from 'react';
import { useNotify } from 'react-admin';
import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import type { ArchiveVerificationDto } from '../../../../src/archive/archive.responses';
import { Section } from '../../components/Section';
import { api, query } from '../../http';
import { formatDateTime } from '../../format';
import { useDownload } from './useDownload';

const CHAIN_LABELS = { documents: 'documents', events: "journal d'audit" } as const;

/** Recomputes both hash chains and every file on demand; the year's ZIP carries its own sha256 manifest. */
export function ArchiveCheck({ year }: { year: number }) {
  const notify = useNotify();
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<ArchiveVerificationDto | null>(null);
  const { busy, start } = useDownload();
  const verify = async () => {
    setChecking(true);
    try {
      setResult(await api<ArchiveVerificationDto>('/archive/verify'));
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setChecking(false);
    }
  };
  return (
    <Section title="Archive probante">
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ alignItems: { md: 'center' }, mb: result ? 2 : 0 }}
      >
        <Button variant="contained" disabled={checking} onClick={() => void verify()}>
          {checking ? 'Vérification…' : "Vérifier l'archive"}
        </Button>
        <Button
          variant="outlined"
          disabled={busy}
          onClick={() => void start(`/archive/export${query({ year })}`, `archive-${year}.zip`)}
        >
          Exporter l'archive {year} (ZIP)
        </Button>
      </Stack>
      {result && <Verdict result={result} />}
    </Section>
  );
}

function Verdict({ result }: { result: ArchiveVerificationDto }) {
  if (!result.valid && result.firstBreak) {
    const { chain, index, reason } = result.firstBreak;
    return (
      <Box data-testid="archive-verdict" sx={{ color: 'error.main' }}>
        <Chip color="error" label="Archive altérée" sx={{ mb: 1 }} />
        <Typography variant="body2" sx={{ color: 'error.main', fontWeight: 600 }}>
          Premier maillon rompu : {CHAIN_LABELS[chain]} n° {index} — {reason}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          Vérifiée le {formatDateTime(result.checkedAt)}
        </Typography>
      </Box>
    );
  }
  return (
    <Box data-testid="archive-verdict">
      <Chip color="success" label="Archive vérifiée" sx={{ mb: 1 }} />
      <Typography variant="body2">
        Documents contrôlés : {result.documents} · événements d'audit : {result.events} · vérifiée le{' '}
        {formatDateTime(result.checkedAt)}
      </Typography>
      <Typography
        variant="caption"
        color="text.secondary"
        component="div"
        sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}
      >
        Tête de chaîne (documents) : {result.head.documents ?? '—'}
        <br />
        Tête de chaîne (audit) : {result.head.events ?? '—'}
      </Typography>
    </Box>
  );
}
