import { Box, Card, CardActionArea, Typography } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import { formatEuros } from '../../format';
import type { Dashboard } from './types';
import { colors, statusTones } from '../../theme';

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
          sx={{ borderLeft: `4px solid ${statusTones[s.code]?.accent ?? colors.muted}` }}
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
