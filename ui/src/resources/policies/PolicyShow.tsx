import {
  Box,
  Card,
  CardContent,
  Chip,
  Grid,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { EditButton, Show, useShowContext } from 'react-admin';
import { ChannelIcon, channelLabel } from '../../components/ChannelIcon';
import { Section } from '../../components/Section';
import { formatDateTime, profileLabel } from '../../format';
import { StepsTimeline } from './StepsTimeline';
import { ASSIGNEES, type Policy } from './types';

function Detail() {
  const { record: p, isPending } = useShowContext<Policy>();
  if (isPending || !p) {
    return <LinearProgress />;
  }
  return (
    <>
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
            <Box>
              <Typography variant="h5">{p.name}</Typography>
              <Typography variant="body2" color="text.secondary">
                {p.code} · version {p.version ?? p.currentVersion} · {p.description}
              </Typography>
              <Stack direction="row" sx={{ gap: 0.5, mt: 1 }}>
                {p.profiles.map((profile) => (
                  <Chip key={profile} size="small" color="primary" variant="outlined" label={profileLabel(profile)} />
                ))}
              </Stack>
            </Box>
            <EditButton label="Nouvelle version" variant="outlined" />
          </Stack>
          <Box sx={{ mt: 3 }}>
            <StepsTimeline steps={p.steps} />
          </Box>
        </CardContent>
      </Card>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 8 }}>
          <Section title="Étapes">
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>Quand</TableCell>
                  <TableCell>Étape</TableCell>
                  <TableCell>Actions</TableCell>
                  <TableCell>Options</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {p.steps.map((s) => (
                  <TableRow key={s.key}>
                    <TableCell sx={{ fontWeight: 700 }}>{s.key}</TableCell>
                    <TableCell>{s.label}</TableCell>
                    <TableCell>
                      {s.actions.map((a, i) => (
                        <Stack key={i} direction="row" sx={{ alignItems: 'center', gap: 0.75 }}>
                          <ChannelIcon type={a.type} />
                          <Typography variant="body2">
                            {channelLabel(a.type)}
                            {a.assignee ? ` → ${ASSIGNEES.find((x) => x.id === a.assignee)?.name}` : ''}
                          </Typography>
                          <Typography variant="caption" color="text.secondary">
                            {a.template}
                          </Typography>
                        </Stack>
                      ))}
                    </TableCell>
                    <TableCell>
                      {[
                        s.flags.mentionPenalties && 'Pénalités',
                        s.flags.copyOwner && 'Copie commercial',
                        s.flags.copyManager && 'Copie manager',
                      ]
                        .filter(Boolean)
                        .join(', ') || '—'}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Section>
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <Section title="Versions">
            {(p.versions ?? []).map((v) => (
              <Typography key={v.version} variant="body2" sx={{ py: 0.5 }}>
                <strong>v{v.version}</strong> · {formatDateTime(v.createdAt)} · {v.createdBy?.fullName ?? 'Initiale'}
              </Typography>
            ))}
          </Section>
        </Grid>
      </Grid>
    </>
  );
}

export function PolicyShow() {
  return (
    <Show component="div" actions={false} title="Politique de relance">
      <Detail />
    </Show>
  );
}
