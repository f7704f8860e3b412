import { Box, Card, CardActionArea, CardContent, Chip, Stack, Typography } from '@mui/material';
import { CreateButton, ListBase, TopToolbar, Title, useListContext } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { profileLabel } from '../../format';
import { StepsTimeline } from './StepsTimeline';
import type { Policy } from './types';

function Cards() {
  const { data, isPending } = useListContext<Policy>();
  const navigate = useNavigate();
  if (isPending) {
    return null;
  }
  return (
    <Stack sx={{ gap: 2 }}>
      {data?.map((p) => (
        <Card key={p.id} data-testid={`policy-${p.code}`}>
          <CardActionArea onClick={() => void navigate(`/dunning-policies/${p.id}/show`)}>
            <CardContent>
              <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
                <Box>
                  <Typography variant="h6">
                    {p.name}{' '}
                    <Typography component="span" color="text.secondary">
                      · {p.code} · v{p.currentVersion}
                    </Typography>
                  </Typography>
                  {p.description && (
                    <Typography variant="body2" color="text.secondary">
                      {p.description}
                    </Typography>
                  )}
                </Box>
                <Stack direction="row" sx={{ gap: 0.5 }}>
                  {p.profiles.map((profile) => (
                    <Chip key={profile} size="small" variant="outlined" color="primary" label={profileLabel(profile)} />
                  ))}
                  {p.customersCount > 0 && <Chip size="small" label={`${p.customersCount} client(s) dédié(s)`} />}
                </Stack>
              </Stack>
              <StepsTimeline steps={p.steps} />
            </CardContent>
          </CardActionArea>
        </Card>
      ))}
    </Stack>
  );
}

export function PolicyList() {
  return (
    <ListBase perPage={100}>
      <Title title="Politiques de relance" />
      <TopToolbar>
        <CreateButton label="Nouvelle politique" />
      </TopToolbar>
      <Cards />
    </ListBase>
  );
}
