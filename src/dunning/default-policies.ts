// The four default dunning policies (seed 002 "scénario type" and its per-profile variants), seeded for each company.
// Action templates: EMAIL/SMS → message to the customer; INTERNAL_NOTIFICATION → message to the assignee;
// CALL_TASK/ESCALATION → the task ("Objet:" line = title, body = description); FORMAL_NOTICE → the cover email
// sent to the customer with the mise en demeure (the LRAR posting task for the assignee uses tasks/formal-notice).
import type {
  DunningAction,
  DunningAssignee,
  DunningStepDefinition,
  DunningStepFlags,
  ProfilePolicies,
} from './policy';

export type PolicyCode = keyof ProfilePolicies;

export interface DefaultPolicy {
  code: PolicyCode;
  name: string;
  description: string;
  steps: DunningStepDefinition[];
}

/** "D-7", "D0", "D+15". */
export function stepKey(offsetDays: number): string {
  if (offsetDays === 0) {
    return 'D0';
  }
  return offsetDays > 0 ? `D+${offsetDays}` : `D${offsetDays}`;
}

const NO_FLAGS: DunningStepFlags = { mentionPenalties: false, copyOwner: false, copyManager: false };

function step(
  offsetDays: number,
  label: string,
  actions: DunningAction[],
  flags: Partial<DunningStepFlags> = {},
): DunningStepDefinition {
  return { key: stepKey(offsetDays), offsetDays, label, actions, flags: { ...NO_FLAGS, ...flags } };
}

const email = (template: string): DunningAction => ({ type: 'EMAIL', template });
const sms = (template: string): DunningAction => ({ type: 'SMS', template });
const notify = (template: string, assignee: DunningAssignee): DunningAction => ({
  type: 'INTERNAL_NOTIFICATION',
  template,
  assignee,
});
const callTask = (assignee: DunningAssignee): DunningAction => ({
  type: 'CALL_TASK',
  template: 'tasks/call',
  assignee,
});
const escalation = (assignee: DunningAssignee): DunningAction => ({
  type: 'ESCALATION',
  template: 'tasks/escalation',
  assignee,
});
const formalNotice = (assignee: DunningAssignee): DunningAction => ({
  type: 'FORMAL_NOTICE',
  template: 'formal-notice/cover-email',
  assignee,
});

const STANDARD: DefaultPolicy = {
  code: 'STANDARD',
  name: 'Standard',
  description:
    'Bon client occasionnellement en retard : rappels amicaux avant échéance, relances progressives, mise en demeure à J+30.',
  steps: [
    step(-7, 'Rappel amical avant échéance', [email('standard/d-7-email')]),
    step(-3, 'Rappel avec modalités de paiement', [email('standard/d-3-email')]),
    step(0, 'Alerte « Retard 0 jour »', [notify('internal/d0-alert', 'OWNER')]),
    step(3, 'Première relance courtoise', [email('standard/d+3-email')], { copyOwner: true }),
    step(7, 'Deuxième relance + alerte au manager', [
      email('standard/d+7-email'),
      notify('internal/call-suggestion', 'OWNER_MANAGER'),
    ]),
    step(15, 'Relance ferme + SMS (pénalités)', [email('standard/d+15-email'), sms('standard/d+15-sms')], {
      mentionPenalties: true,
      copyManager: true,
    }),
    step(20, 'Appel téléphonique', [callTask('OWNER')]),
    step(30, 'Mise en demeure (LRAR)', [formalNotice('ADV')], { mentionPenalties: true, copyManager: true }),
  ],
};

const VIP: DefaultPolicy = {
  code: 'VIP',
  name: 'VIP / stratégique',
  description:
    'Client stratégique : relances espacées, ton toujours courtois, échelonnement proposé plutôt que des pénalités, ' +
    'escalade au commercial à J+30.',
  steps: [
    step(-7, 'Rappel courtois avant échéance', [email('vip/d-7-email')]),
    step(5, 'Relance courtoise', [email('vip/d+5-email')], { copyOwner: true }),
    step(15, "Proposition d'échelonnement", [email('vip/d+15-email')], { copyOwner: true }),
    step(30, 'Escalade au commercial', [email('vip/d+30-email'), escalation('OWNER')], { copyOwner: true }),
  ],
};

const NEW: DefaultPolicy = {
  code: 'NEW',
  name: 'Nouveau client',
  description:
    'Nouveau client : relances rapprochées pour installer de bonnes habitudes de paiement, mise en demeure à J+25.',
  steps: [
    step(-7, 'Rappel avant échéance', [email('new/d-7-email')]),
    step(-1, 'Dernier rappel avant échéance', [email('new/d-1-email')]),
    step(1, 'Première relance', [email('new/d+1-email')], { copyOwner: true }),
    step(5, 'Deuxième relance', [email('new/d+5-email')], { copyOwner: true }),
    step(10, 'Relance ferme + SMS (pénalités)', [email('new/d+10-email'), sms('new/d+10-sms')], {
      mentionPenalties: true,
      copyManager: true,
    }),
    step(15, 'Appel téléphonique', [callTask('OWNER')]),
    step(25, 'Mise en demeure (LRAR)', [formalNotice('ADV')], { mentionPenalties: true, copyManager: true }),
  ],
};

const BAD_PAYER: DefaultPolicy = {
  code: 'BAD_PAYER',
  name: 'Mauvais payeur',
  description:
    'Mauvais payeur identifié : relances dès J+1, ton ferme, pénalités systématiquement mentionnées, mise en demeure à J+15.',
  steps: [
    step(1, 'Relance ferme dès le lendemain', [email('bad-payer/d+1-email')], {
      mentionPenalties: true,
      copyOwner: true,
    }),
    step(3, 'Relance ferme + SMS', [email('bad-payer/d+3-email'), sms('bad-payer/d+3-sms')], {
      mentionPenalties: true,
      copyOwner: true,
    }),
    step(7, 'Appel + relance écrite', [callTask('OWNER'), email('bad-payer/d+7-email')], {
      mentionPenalties: true,
      copyManager: true,
    }),
    step(15, 'Mise en demeure (LRAR)', [formalNotice('ADV')], { mentionPenalties: true, copyManager: true }),
  ],
};

export const DEFAULT_POLICIES: readonly DefaultPolicy[] = [STANDARD, VIP, NEW, BAD_PAYER];

/** Every template the default policies name (for checks at boot and in tests). */
export function defaultPolicyTemplates(): string[] {
  const names = DEFAULT_POLICIES.flatMap((policy) =>
    policy.steps.flatMap((s) => s.actions.map((action) => action.template)),
  );
  return [...new Set(names)].sort();
}
