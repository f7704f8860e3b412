import { Alert, Chip, Stack } from '@mui/material';
import { ChannelIcon } from '../../components/ChannelIcon';
import { Empty, Section } from '../../components/Section';
import { Timeline } from '../../components/Timeline';
import { formatDate, formatDateTime } from '../../format';
import { useApi } from '../../useApi';
import { PAUSE_LABELS, STEP_STATES } from './labels';
import { PaymentPlanSection } from './PaymentPlanSection';
import type { PaymentPlanDto } from '../../../../src/payment-plans/payment-plan.responses';
import { colors } from '../../theme';

interface ScheduleView {
  policy: { code: string; name: string; version: number } | null;
  paused: { reason: string; detail?: string | null; until?: string } | null;
  steps: Array<{
    key: string;
    label: string;
    plannedAt: string;
    state: string;
    reason: string | null;
    executedAt: string | null;
    actions: Array<{ type: string }>;
  }>;
  paymentPlan: PaymentPlanDto | null;
}

/** The dunning schedule: each step of the policy with its planned time and what became of it (done, skipped, pending) and why. */
export function Schedule({ id }: { id: string }) {
  const { data } = useApi<ScheduleView>(`/invoices/${id}/schedule`);
  return (
    <Section
      title="Calendrier de relance"
      action={data?.policy && <Chip size="small" label={`${data.policy.name} · v${data.policy.version}`} />}
    >
      {data?.paused && (
        <Alert severity="warning" sx={{ mb: 1.5 }} data-testid="dunning-paused">
          Relances en pause : {PAUSE_LABELS[data.paused.reason] ?? data.paused.reason}
          {data.paused.until ? ` jusqu'au ${formatDate(data.paused.until)}` : ''}
          {data.paused.detail ? ` — ${data.paused.detail}` : ''}
        </Alert>
      )}
      {data?.paymentPlan && <PaymentPlanSection invoiceId={id} plan={data.paymentPlan} />}
      {!data?.steps.length ? (
        <Empty>Les relances démarrent à l'envoi de la facture.</Empty>
      ) : (
        <Timeline
          entries={data.steps.map((s) => ({
            key: s.key,
            when: (
              <>
                <strong>{s.key}</strong>
                <br />
                {formatDateTime(s.executedAt ?? s.plannedAt)}
              </>
            ),
            title: (
              <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                {s.label}
                {s.actions.map((a, i) => (
                  <ChannelIcon key={i} type={a.type} />
                ))}
                <Chip
                  size="small"
                  color={STEP_STATES[s.state]?.color ?? 'default'}
                  label={STEP_STATES[s.state]?.label ?? s.state}
                  data-state={s.state}
                />
              </Stack>
            ),
            detail: s.reason ?? undefined,
            color: s.state === 'DONE' ? colors.green : s.state === 'PENDING' ? colors.primary : colors.orange,
          }))}
        />
      )}
    </Section>
  );
}
