import { useEffect, useRef } from 'react';
import { Box, LinearProgress, Typography } from '@mui/material';
import type { BankStatementDto } from '../../../../src/bank/bank.responses';
import { useApi } from '../../useApi';

/** The background application of a statement's automatic matches: a bar until every payment is recorded. */
export function ApplyProgress({ statementId, onDone }: { statementId: string; onDone: () => void }) {
  const { data } = useApi<BankStatementDto[]>('/bank-statements', 1500);
  const statement = data?.find((s) => s.id === statementId);
  const done = statement?.applyingCount === 0;
  const reported = useRef(false);
  // Once, when the last payment is recorded: the "À rapprocher" queue then shows any line a workflow refused.
  useEffect(() => {
    if (done && !reported.current) {
      reported.current = true;
      onDone();
    }
  }, [done, onDone]);
  if (!statement) {
    return null;
  }
  const total = statement.applyingCount + statement.matchedCount;
  return (
    <Box sx={{ mt: 2 }} data-testid="apply-progress">
      <Typography variant="body2">
        {statement.applyingCount > 0
          ? `Paiements en cours d'enregistrement : ${statement.matchedCount} / ${total}`
          : `Paiements enregistrés : ${statement.matchedCount} / ${total}`}
      </Typography>
      <LinearProgress variant="determinate" value={total === 0 ? 100 : (100 * statement.matchedCount) / total} />
    </Box>
  );
}
