import { normalizedSteps } from './policy-views';

describe('normalizedSteps', () => {
  it('stores an assignee only on the actions that use one (an EMAIL or SMS goes to the customer)', () => {
    const flags = { mentionPenalties: false, copyOwner: false, copyManager: false };
    const [step] = normalizedSteps([
      {
        key: ' D+1 ',
        offsetDays: 1,
        label: 'Relance',
        flags,
        actions: [
          { type: 'EMAIL', template: 'std/email', assignee: 'ADV' },
          { type: 'CALL_TASK', template: 'tasks/call', assignee: 'OWNER' },
        ],
      },
    ]);
    expect(step.actions).toEqual([
      { type: 'EMAIL', template: 'std/email' },
      { type: 'CALL_TASK', template: 'tasks/call', assignee: 'OWNER' },
    ]);
  });
});
