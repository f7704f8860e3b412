import { Chip, Link, Stack, Typography } from '@mui/material';
import {
  Datagrid,
  DateInput,
  FunctionField,
  List,
  SelectInput,
  TextInput,
  required,
  minLength,
  useRecordContext,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Link as RouterLink } from 'react-router-dom';
import DoneIcon from '@mui/icons-material/TaskAlt';
import { ActionDialog } from '../../components/ActionDialog';
import { Money } from '../../components/Money';
import { api } from '../../http';
import { formatDate, formatDateTime, todayIso } from '../../format';

interface TaskView {
  id: string;
  type: string;
  title: string;
  description: string | null;
  status: 'OPEN' | 'DONE' | 'CANCELLED';
  outcome: string | null;
  promisedDate: string | null;
  dueAt: string;
  overdue: boolean;
  invoice: { id: string; number: string | null; balanceCents: number; customer: { id: string; name: string } } | null;
  canComplete: boolean;
}

const OUTCOMES = [
  { id: 'DONE', name: 'Fait' },
  { id: 'NO_ANSWER', name: 'Pas de réponse' },
  { id: 'PROMISE_TO_PAY', name: 'Promesse de paiement' },
  { id: 'DISPUTE', name: 'Litige' },
];
const TYPES: Record<string, string> = {
  CALL: 'Appel',
  ESCALATION: 'Escalade',
  APPROVAL_ESCALATION: 'Validation en retard',
  POST_FORMAL_NOTICE: 'Mise en demeure à poster',
  VERIFY_UNCERTAIN_MESSAGE: 'Message à vérifier',
  PAYMENT_PLAN_MISSED: 'Échéance manquée',
  CUSTOMER_PAYMENT_CHECK: 'Paiement déclaré à vérifier',
  CUSTOMER_DISPUTE: 'Contestation du client',
  CUSTOMER_PLAN_REQUEST: 'Échéancier demandé',
};

function OutcomeDetails() {
  const outcome = useWatch({ name: 'outcome' }) as string | undefined;
  if (outcome === 'PROMISE_TO_PAY') {
    return (
      <DateInput
        source="promisedDate"
        label="Date de paiement promise"
        validate={required('Indiquez la date promise')}
        fullWidth
      />
    );
  }
  if (outcome === 'DISPUTE') {
    return (
      <TextInput
        source="note"
        label="Motif du litige"
        multiline
        fullWidth
        validate={[required('Le motif est obligatoire'), minLength(3)]}
      />
    );
  }
  return <TextInput source="note" label="Note (facultatif)" multiline fullWidth />;
}

function CompleteButton() {
  const task = useRecordContext<TaskView>();
  if (!task?.canComplete || task.status !== 'OPEN') {
    return null;
  }
  return (
    <span onClick={(e) => e.stopPropagation()}>
      <ActionDialog
        label="Terminer"
        title={task.title}
        intro={task.description ?? undefined}
        icon={<DoneIcon />}
        submitLabel="Enregistrer le résultat"
        success="Tâche terminée"
        defaultValues={{ outcome: 'DONE', promisedDate: todayIso() }}
        onSubmit={(v) =>
          api(`/tasks/${task.id}/complete`, {
            method: 'POST',
            body: {
              outcome: v.outcome,
              ...(v.outcome === 'PROMISE_TO_PAY' ? { promisedDate: v.promisedDate } : {}),
              ...(v.note ? { note: v.note } : {}),
            },
          })
        }
      >
        <SelectInput source="outcome" label="Résultat" choices={OUTCOMES} validate={required()} fullWidth />
        <OutcomeDetails />
      </ActionDialog>
    </span>
  );
}

const filters = [
  <SelectInput
    key="status"
    source="status"
    label="État"
    alwaysOn
    choices={[
      { id: 'OPEN', name: 'Ouvertes' },
      { id: 'DONE', name: 'Terminées' },
      { id: 'CANCELLED', name: 'Annulées' },
    ]}
  />,
  <SelectInput
    key="type"
    source="type"
    label="Type"
    alwaysOn
    choices={Object.entries(TYPES).map(([id, name]) => ({ id, name }))}
  />,
];

/** My tasks (the API's default: mine=true), soonest due first. */
export function TaskList() {
  return (
    <List
      title="Mes tâches"
      filters={filters}
      filterDefaultValues={{ status: 'OPEN' }}
      exporter={false}
      sort={{ field: 'dueAt', order: 'ASC' }}
    >
      <Datagrid bulkActionButtons={false} rowClick={false} data-testid="task-list">
        <FunctionField<TaskView>
          label="Tâche"
          render={(t) => (
            <Stack>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {t.title}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {TYPES[t.type] ?? t.type}
              </Typography>
            </Stack>
          )}
        />
        <FunctionField<TaskView>
          label="Facture"
          render={(t) =>
            t.invoice ? (
              <Link component={RouterLink} to={`/invoices/${t.invoice.id}/show`} onClick={(e) => e.stopPropagation()}>
                {t.invoice.number ?? 'Brouillon'} · {t.invoice.customer.name}
              </Link>
            ) : (
              '—'
            )
          }
        />
        <FunctionField<TaskView>
          label="Reste dû"
          render={(t) => (t.invoice ? <Money cents={t.invoice.balanceCents} /> : '—')}
        />
        <FunctionField<TaskView>
          label="Échéance"
          render={(t) => (
            <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
              {formatDateTime(t.dueAt)}
              {t.overdue && <Chip size="small" color="error" label="En retard" />}
            </Stack>
          )}
        />
        <FunctionField<TaskView>
          label="Résultat"
          render={(t) =>
            t.outcome
              ? `${OUTCOMES.find((o) => o.id === t.outcome)?.name ?? t.outcome}${t.promisedDate ? ` (${formatDate(t.promisedDate)})` : ''}`
              : ''
          }
        />
        <CompleteButton />
      </Datagrid>
    </List>
  );
}
