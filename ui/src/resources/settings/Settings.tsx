import { Box, Typography } from '@mui/material';
import { ResourceContextProvider, Title } from 'react-admin';
import { ApprovalCircuitForm } from './ApprovalCircuitForm';
import { DunningCalendarForm } from './DunningCalendarForm';

export function Settings() {
  return (
    <Box sx={{ py: 2 }} data-testid="settings">
      <Title title="Paramètres" />
      <Typography variant="h5" sx={{ mb: 2 }}>
        Paramètres
      </Typography>
      {/* Array inputs need a resource context; this page edits settings, not a resource. */}
      <ResourceContextProvider value="settings">
        <ApprovalCircuitForm />
        <DunningCalendarForm />
      </ResourceContextProvider>
    </Box>
  );
}
