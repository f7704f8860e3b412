import { Box, Chip, Stack, Tooltip, Typography } from '@mui/material';
import { ChannelIcon } from '../../components/ChannelIcon';
import type { PolicyStep } from './types';
import { colors } from '../../theme';

/** D-7 … D+30 on a horizontal rail: before the due date in blue, after in orange to red, the due date marked. */
export function StepsTimeline({ steps }: { steps: PolicyStep[] }) {
  return (
    <Box sx={{ overflowX: 'auto', pb: 1 }}>
      <Stack direction="row" sx={{ position: 'relative', minWidth: steps.length * 120 }} data-testid="policy-steps">
        <Box sx={{ position: 'absolute', top: 17, left: 20, right: 20, height: 2, bgcolor: colors.border }} />
        {steps.map((s) => {
          const tone =
            s.offsetDays < 0
              ? colors.primary
              : s.offsetDays === 0
                ? colors.orange
                : s.offsetDays >= 30
                  ? colors.darkRed
                  : s.offsetDays >= 15
                    ? colors.red
                    : colors.deepOrange;
          return (
            <Stack key={s.key} sx={{ alignItems: 'center', flex: 1, minWidth: 112, px: 0.5, zIndex: 1 }}>
              <Chip size="small" label={s.key} sx={{ bgcolor: tone, color: colors.white, fontWeight: 700, mb: 1 }} />
              <Stack direction="row" sx={{ gap: 0.25, mb: 0.5 }}>
                {s.actions.map((a, i) => (
                  <ChannelIcon key={i} type={a.type} />
                ))}
              </Stack>
              <Tooltip title={s.flags.mentionPenalties ? 'Mentionne les pénalités et l’indemnité de 40 €' : ''}>
                <Typography variant="caption" sx={{ textAlign: 'center', lineHeight: 1.3 }}>
                  {s.label}
                  {s.flags.mentionPenalties ? ' ⚖' : ''}
                </Typography>
              </Tooltip>
            </Stack>
          );
        })}
      </Stack>
    </Box>
  );
}
