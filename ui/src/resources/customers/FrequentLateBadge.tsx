import { Chip, Stack } from '@mui/material';
import ScheduleIcon from '@mui/icons-material/HistoryToggleOff';

export interface CustomerBadge {
  code: string;
  label: string;
}

/** "Retards fréquents" (three invoices paid late, seed 002) and any other badge the API gives, shown wherever the customer appears. */
export function CustomerBadges({ badges }: { badges?: CustomerBadge[] }) {
  if (!badges?.length) {
    return null;
  }
  return (
    <Stack direction="row" sx={{ gap: 0.5 }}>
      {badges.map((b) => (
        <Chip
          key={b.code}
          size="small"
          color="warning"
          icon={<ScheduleIcon />}
          label={b.label}
          data-testid={`badge-${b.code}`}
        />
      ))}
    </Stack>
  );
}
