import { Box, Card, CardActionArea, Typography } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import { formatEuros } from '../../format';
import type { Dashboard } from './types';

const ACCENT: Record<string, string> = {
  DRAFT: '#8a94a6',
  AWAITING_APPROVAL: '#ed8b00',
  REJECTED: '#a3212f',
  ISSUED: '#1a3a8f',
  SENT: '#0d5aa7',
  LATE: '#d32f2f',
  PARTIALLY_PAID: '#0b6e62',
  PAID: '#2e7d32',
  CREDITED: '#5e35b1',
  PARTIALLY_CREDITED: '#6a4caf',
};

/** One tile per status: count and amount; a click opens the invoice list filtered on it. */
export function StatusTiles({ data }: { data: Dashboard }) {
  const navigate = useNavigate();
  const open = (code: string) =>
    void navigate(`/invoices?filter=${encodeURIComponent(JSON.stringify({ status: [code] }))}`);
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: 1.5, mb: 2 }}>
      {data.byStatus.map((s) => (
        <Card
          key={s.code}
          sx={{ borderLeft: `4px solid ${ACCENT[s.code] ?? '#8a94a6'}` }}
          data-testid={`status-${s.code}`}
        >
          <CardActionArea onClick={() => open(s.code)} sx={{ p: 1.5 }}>
            <Typography variant="body2" color="text.secondary" noWrap title={s.label}>
              {s.label}
            </Typography>
            <Typography variant="h5">{s.count}</Typography>
            <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatEuros(s.code === 'PAID' || s.code === 'CREDITED' ? s.totalInclTaxCents : s.balanceCents)}
            </Typography>
          </CardActionArea>
        </Card>
      ))}
    </Box>
  );
}
