import { join } from 'node:path';
import { templateExists } from '../messages/message-renderer';
import { DEFAULT_POLICIES, DefaultPolicy, stepKey } from './default-policies';
import { DEFAULT_DUNNING_SETTINGS } from './policy';
import { validatePolicySteps } from './policy-validation';

const TEMPLATES_DIR = join(__dirname, '../../templates/messages');
const policy = (code: string): DefaultPolicy =>
  DEFAULT_POLICIES.find((candidate) => candidate.code === code) as DefaultPolicy;
/** "D+15: EMAIL standard/d+15-email, SMS standard/d+15-sms" — the schedule as a readable table. */
const schedule = (code: string) =>
  policy(code).steps.map(
    (step) =>
      `${step.key}: ${step.actions.map((a) => `${a.type}${a.assignee ? `(${a.assignee})` : ''} ${a.template}`).join(', ')}`,
  );

describe('default dunning policies', () => {
  it('cover the four profiles the settings map to', () => {
    expect(DEFAULT_POLICIES.map((p) => p.code).sort()).toEqual(
      Object.values(DEFAULT_DUNNING_SETTINGS.profilePolicies).sort(),
    );
  });

  it.each(DEFAULT_POLICIES.map((p) => p.code))(
    '%s validates with zero errors against the shipped templates',
    (code) => {
      expect(validatePolicySteps(policy(code).steps, (name) => templateExists(TEMPLATES_DIR, name))).toEqual([]);
    },
  );

  it('names steps by their offset', () => {
    expect([stepKey(-7), stepKey(0), stepKey(15)]).toEqual(['D-7', 'D0', 'D+15']);
    for (const p of DEFAULT_POLICIES) {
      for (const step of p.steps) {
        expect(step.key).toBe(stepKey(step.offsetDays));
      }
    }
  });

  it('STANDARD follows the seed scenario', () => {
    expect(schedule('STANDARD')).toEqual([
      'D-7: EMAIL standard/d-7-email',
      'D-3: EMAIL standard/d-3-email',
      'D0: INTERNAL_NOTIFICATION(OWNER) internal/d0-alert',
      'D+3: EMAIL standard/d+3-email',
      'D+7: EMAIL standard/d+7-email, INTERNAL_NOTIFICATION(OWNER_MANAGER) internal/call-suggestion',
      'D+15: EMAIL standard/d+15-email, SMS standard/d+15-sms',
      'D+20: CALL_TASK(OWNER) tasks/call',
      'D+30: FORMAL_NOTICE(ADV) formal-notice/cover-email',
    ]);
    const flags = Object.fromEntries(policy('STANDARD').steps.map((step) => [step.key, step.flags]));
    expect(flags['D+3']).toEqual({ mentionPenalties: false, copyOwner: true, copyManager: false });
    expect(flags['D+15']).toEqual({ mentionPenalties: true, copyOwner: false, copyManager: true });
  });

  it('VIP is spaced, never mentions penalties, sends no SMS and escalates to the owner instead of a formal notice', () => {
    const vip = policy('VIP');
    expect(vip.steps.map((step) => step.offsetDays)).toEqual([-7, 5, 15, 30]);
    expect(vip.steps.every((step) => !step.flags.mentionPenalties)).toBe(true);
    const types = vip.steps.flatMap((step) => step.actions.map((action) => action.type));
    expect(types).not.toContain('SMS');
    expect(types).not.toContain('FORMAL_NOTICE');
    expect(schedule('VIP')[3]).toBe('D+30: EMAIL vip/d+30-email, ESCALATION(OWNER) tasks/escalation');
  });

  it('NEW is closer and reaches the formal notice at D+25', () => {
    expect(schedule('NEW')).toEqual([
      'D-7: EMAIL new/d-7-email',
      'D-1: EMAIL new/d-1-email',
      'D+1: EMAIL new/d+1-email',
      'D+5: EMAIL new/d+5-email',
      'D+10: EMAIL new/d+10-email, SMS new/d+10-sms',
      'D+15: CALL_TASK(OWNER) tasks/call',
      'D+25: FORMAL_NOTICE(ADV) formal-notice/cover-email',
    ]);
  });

  it('BAD_PAYER starts at D+1 and mentions penalties on every step', () => {
    const badPayer = policy('BAD_PAYER');
    expect(badPayer.steps[0].offsetDays).toBe(1);
    expect(badPayer.steps.every((step) => step.flags.mentionPenalties)).toBe(true);
    expect(schedule('BAD_PAYER')).toEqual([
      'D+1: EMAIL bad-payer/d+1-email',
      'D+3: EMAIL bad-payer/d+3-email, SMS bad-payer/d+3-sms',
      'D+7: CALL_TASK(OWNER) tasks/call, EMAIL bad-payer/d+7-email',
      'D+15: FORMAL_NOTICE(ADV) formal-notice/cover-email',
    ]);
  });

  it('mentions penalties only after the due date', () => {
    for (const p of DEFAULT_POLICIES) {
      for (const step of p.steps) {
        if (step.offsetDays <= 0) {
          expect(step.flags.mentionPenalties).toBe(false);
        }
      }
    }
  });
});
