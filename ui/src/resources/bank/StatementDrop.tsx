import { useState, type DragEvent } from 'react';
import { Alert, Box, LinearProgress, Paper, TextField, Typography } from '@mui/material';
import type { StatementImportDto } from '../../../../src/bank/bank.responses';
import { ApplyProgress } from './ApplyProgress';
import { uploadStatement } from './upload';

/** "Relevés bancaires": drop a CAMT.053, OFX or CSV file; a bar while it uploads, the summary, then a bar while its payments are recorded. */
export function StatementDrop({ onImported }: { onImported: () => void }) {
  const [account, setAccount] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [summary, setSummary] = useState<StatementImportDto | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = async (file: File) => {
    setError(null);
    setSummary(null);
    setProgress(0);
    try {
      setSummary(await uploadStatement(file, account.trim(), setProgress));
      onImported();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setProgress(null);
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) {
      void send(file);
    }
  };

  return (
    <Paper sx={{ p: 2, mb: 2 }}>
      <Typography variant="h6">Relevés bancaires</Typography>
      <Box
        data-testid="statement-drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={onDrop}
        sx={{ border: '2px dashed', borderColor: 'divider', borderRadius: 1, p: 3, my: 1, textAlign: 'center' }}
      >
        <Typography>Déposez un relevé CAMT.053, OFX ou CSV ici, ou </Typography>
        <input
          type="file"
          aria-label="Choisir un relevé"
          accept=".xml,.ofx,.qfx,.csv,.txt"
          onChange={(e) => e.target.files?.[0] && void send(e.target.files[0])}
        />
      </Box>
      <TextField
        size="small"
        label="IBAN du compte (pour un CSV)"
        value={account}
        onChange={(e) => setAccount(e.target.value)}
        sx={{ minWidth: 340 }}
      />
      {progress !== null && (
        <LinearProgress variant={progress < 100 ? 'determinate' : 'indeterminate'} value={progress} sx={{ mt: 2 }} />
      )}
      {error && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {error}
        </Alert>
      )}
      {summary && (
        <Alert severity="success" sx={{ mt: 2 }} data-testid="import-summary">
          {summary.account} ({summary.format}) : {summary.lines} lignes, {summary.new} nouvelles, {summary.duplicates}{' '}
          déjà importées ; {summary.matchedAutomatically} rapprochées automatiquement, {summary.toMatch} à rapprocher,{' '}
          {summary.debits} débits.
        </Alert>
      )}
      {summary && summary.matchedAutomatically > 0 && (
        <ApplyProgress statementId={summary.statementId} onDone={onImported} />
      )}
    </Paper>
  );
}
