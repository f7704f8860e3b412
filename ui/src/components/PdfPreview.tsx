import { useEffect, useState } from 'react';
import { Alert, Box, CircularProgress } from '@mui/material';
import { blobUrl } from '../http';
import { colors } from '../theme';

/** The PDF needs the bearer token: fetched as a blob, shown through an object URL. */
export function PdfPreview({ path, height = 640 }: { path: string; height?: number }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current: string | null = null;
    let cancelled = false;
    blobUrl(path)
      .then((u) => {
        current = u;
        if (cancelled) {
          URL.revokeObjectURL(u);
        } else {
          setUrl(u);
        }
      })
      .catch((e: Error) => setError(e.message));
    return () => {
      cancelled = true;
      if (current) {
        URL.revokeObjectURL(current);
      }
    };
  }, [path]);
  if (error) {
    return <Alert severity="warning">Aperçu indisponible : {error}</Alert>;
  }
  if (!url) {
    return (
      <Box sx={{ height, display: 'grid', placeItems: 'center', bgcolor: colors.surface, borderRadius: 2 }}>
        <CircularProgress size={28} />
      </Box>
    );
  }
  return (
    <Box
      component="iframe"
      title="Aperçu PDF"
      src={`${url}#view=FitH`}
      data-testid="pdf-preview"
      sx={{ width: '100%', height, border: `1px solid ${colors.border}`, borderRadius: 2 }}
    />
  );
}
