import { DunningStepDefinition } from './policy';
import { validateCalendarSettings, validatePolicySteps } from './policy-validation';

const KNOWN_TEMPLATES = new Set(['std/email', 'std/sms', 'tasks/call']);
const exists = (name: string) => KNOWN_TEMPLATES.has(name);
const flags = { mentionPenalties: false, copyOwner: false, copyManager: false };

function step(
  offsetDays: number,
  overrides: Partial<Record<keyof DunningStepDefinition, unknown>> = {},
): Record<string, unknown> {
  return {
    key: `D${offsetDays}`,
    offsetDays,
    label: 'Relance',
    actions: [{ type: 'EMAIL', template: 'std/email' }],
    flags,
    ...overrides,
  };
}

const fields = (steps: unknown) => validatePolicySteps(steps, exists).map((error) => error.field);

describe('validatePolicySteps', () => {
  it('accepts a well-formed policy', () => {
    const callTask = { type: 'CALL_TASK', template: 'tasks/call', assignee: 'OWNER' };
    expect(
      validatePolicySteps([step(-7), step(3, { actions: [{ type: 'SMS', template: 'std/sms' }, callTask] })], exists),
    ).toEqual([]);
  });

  it('requires a non-empty list', () => {
    expect(validatePolicySteps([], exists)).toEqual([
      { field: 'steps', message: 'la politique doit comporter au moins une étape' },
    ]);
    expect(fields({ steps: [] })).toEqual(['steps']);
    expect(fields(Array.from({ length: 41 }, (_, i) => step(i)))).toEqual(['steps']);
  });

  it('requires non-empty, unique keys', () => {
    expect(fields([step(1, { key: ' ' }), step(2, { key: 'A' }), step(3, { key: 'A' })])).toEqual([
      'steps.0.key',
      'steps.2.key',
    ]);
  });

  it('requires integer offsets, strictly increasing, within [-60, 180]', () => {
    expect(fields([step(1), step(1, { key: 'D+1 bis' })])).toEqual(['steps.1.offsetDays']);
    expect(fields([step(5), step(3)])).toEqual(['steps.1.offsetDays']);
    expect(fields([step(-61), step(181)])).toEqual(['steps.0.offsetDays', 'steps.1.offsetDays']);
    expect(fields([step(-60), step(180)])).toEqual([]);
    expect(fields([step(1, { offsetDays: 1.5 }), step(2, { offsetDays: '3' })])).toEqual([
      'steps.0.offsetDays',
      'steps.1.offsetDays',
    ]);
    const [error] = validatePolicySteps([step(5), step(3)], exists);
    expect(error.message).toBe("doit être strictement supérieur à celui de l'étape précédente (5)");
  });

  it('requires a label', () => {
    expect(fields([step(1, { label: '' }), step(2, { label: undefined })])).toEqual(['steps.0.label', 'steps.1.label']);
  });

  it('requires actions with a known type and an existing template', () => {
    expect(fields([step(1, { actions: [] }), step(2, { actions: undefined })])).toEqual([
      'steps.0.actions',
      'steps.1.actions',
    ]);
    expect(
      fields([
        step(1, {
          actions: [
            { type: 'FAX', template: 'std/email' },
            { type: 'EMAIL', template: 'nope' },
            { type: 'SMS' },
            'EMAIL',
          ],
        }),
      ]),
    ).toEqual([
      'steps.0.actions.0.type',
      'steps.0.actions.1.template',
      'steps.0.actions.2.template',
      'steps.0.actions.3',
    ]);
  });

  it('requires a valid assignee for internal actions and ignores it on customer messages', () => {
    const actions = [
      { type: 'CALL_TASK', template: 'tasks/call' },
      { type: 'ESCALATION', template: 'tasks/call', assignee: 'BOSS' },
      { type: 'FORMAL_NOTICE', template: 'std/email', assignee: 'ADV' },
      { type: 'INTERNAL_NOTIFICATION', template: 'std/email', assignee: 'OWNER_MANAGER' },
      { type: 'EMAIL', template: 'std/email', assignee: 'OWNER' },
      { type: 'SMS', template: 'std/sms', assignee: 'ANYONE' },
    ];
    expect(fields([step(1, { actions })])).toEqual(['steps.0.actions.0.assignee', 'steps.0.actions.1.assignee']);
  });

  it('refuses the same action twice in a step', () => {
    const email = { type: 'EMAIL', template: 'std/email' };
    expect(fields([step(1, { actions: [email, { ...email }] })])).toEqual(['steps.0.actions.1']);
  });

  it('requires boolean flags', () => {
    expect(
      fields([
        step(1, { flags: undefined }),
        step(2, { flags: { ...flags, copyOwner: 'yes', mentionPenalties: undefined } }),
      ]),
    ).toEqual(['steps.0.flags', 'steps.1.flags.mentionPenalties', 'steps.1.flags.copyOwner']);
  });

  it('reports every problem of a broken step at once, in French', () => {
    const errors = validatePolicySteps(
      [
        null,
        { key: 'X', offsetDays: 999, label: 'ok', actions: [{ type: 'CALL_TASK', template: 'tasks/call' }], flags },
      ],
      exists,
    );
    expect(errors).toEqual([
      { field: 'steps.0', message: "l'étape doit être un objet" },
      { field: 'steps.1.offsetDays', message: 'doit être compris entre -60 et +180 jours' },
      { field: 'steps.1.actions.0.assignee', message: "le destinataire interne est obligatoire pour ce type d'action" },
    ]);
  });
});

describe('validateCalendarSettings', () => {
  const settings = {
    timezone: 'Europe/Paris',
    sendHour: '09:00',
    businessDaysOnly: true,
    skipPublicHolidays: true,
    windowStart: '08:00',
    windowEnd: '19:00',
  };

  it('accepts the defaults', () => {
    expect(validateCalendarSettings(settings)).toEqual([]);
  });

  it('names each invalid setting', () => {
    const broken = { ...settings, timezone: 'Paris', sendHour: '9:00', windowEnd: '24:00', businessDaysOnly: 'yes' };
    expect(validateCalendarSettings(broken).map((error) => error.field)).toEqual([
      'timezone',
      'sendHour',
      'windowEnd',
      'businessDaysOnly',
    ]);
    expect(validateCalendarSettings({ ...settings, windowStart: '19:00', windowEnd: '08:00' })).toEqual([
      { field: 'windowEnd', message: "la fin de la plage d'envoi doit être postérieure à son début" },
    ]);
  });
});
