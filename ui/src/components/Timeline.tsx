import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { colors } from '../theme';

export interface TimelineEntry {
  key: string;
  when: ReactNode;
  title: ReactNode;
  detail?: ReactNode;
  color?: string;
  icon?: ReactNode;
}

/** A vertical timeline: a dot (or icon) per entry on a rail, the time on the left. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {entries.map((e, i) => (
        <Box component="li" key={e.key} sx={{ display: 'grid', gridTemplateColumns: '132px 28px 1fr', minHeight: 48 }}>
          <Typography variant="caption" color="text.secondary" sx={{ pt: 0.5, pr: 1, textAlign: 'right' }}>
            {e.when}
          </Typography>
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
            {e.icon ?? (
              <Box
                sx={{
                  width: 12,
                  height: 12,
                  mt: 0.75,
                  borderRadius: '50%',
                  bgcolor: e.color ?? 'primary.main',
                  boxShadow: `0 0 0 3px ${colors.white}`,
                }}
              />
            )}
            {i < entries.length - 1 && <Box sx={{ flex: 1, width: 2, bgcolor: colors.border, my: 0.5 }} />}
          </Box>
          <Box sx={{ pb: 1.5, pl: 0.5 }}>
            <Typography variant="body2" component="div" sx={{ fontWeight: 600 }}>
              {e.title}
            </Typography>
            {e.detail && (
              <Typography variant="caption" component="div" color="text.secondary">
                {e.detail}
              </Typography>
            )}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
