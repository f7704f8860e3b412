// Checks a dunning policy version (steps JSON) and calendar settings before they are saved; messages in French for the admin UI.
import { IANAZone } from 'luxon';
import { DUNNING_ACTION_TYPES, DUNNING_ASSIGNEES, DunningActionType } from './policy';

export interface PolicyValidationError {
  field: string;
  message: string;
}

export const MIN_OFFSET_DAYS = -60;
export const MAX_OFFSET_DAYS = 180;
export const MAX_STEPS = 40;
const FLAG_NAMES = ['mentionPenalties', 'copyOwner', 'copyManager'] as const;
/** Internal actions go to a person: the customer's owner, the owner's manager or the ADV team. */
export const ACTIONS_WITH_ASSIGNEE = new Set<DunningActionType>([
  'CALL_TASK',
  'INTERNAL_NOTIFICATION',
  'ESCALATION',
  'FORMAL_NOTICE',
]);
const HOUR_MINUTE = /^([01]\d|2[0-3]):[0-5]\d$/;

type Json = Record<string, unknown>;

interface Check {
  report(field: string, message: string): void;
  templateExists(name: string): boolean;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function includes<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

function validateTemplate(template: unknown, field: string, check: Check): void {
  if (!isNonEmptyString(template)) {
    check.report(field, 'le modèle de message est obligatoire');
  } else if (!check.templateExists(template)) {
    check.report(field, `le modèle « ${template} » n'existe pas`);
  }
}

function validateAssignee(assignee: unknown, field: string, check: Check): void {
  if (assignee === undefined) {
    check.report(field, "le destinataire interne est obligatoire pour ce type d'action");
  } else if (!includes(DUNNING_ASSIGNEES, assignee)) {
    check.report(field, `destinataire inconnu (attendu : ${DUNNING_ASSIGNEES.join(', ')})`);
  }
}

/** The assignee of an EMAIL or SMS is ignored: those go to the customer. */
function validateAction(action: unknown, field: string, check: Check): void {
  if (!isObject(action)) {
    return check.report(field, "l'action doit être un objet");
  }
  const known = includes(DUNNING_ACTION_TYPES, action.type);
  if (!known) {
    check.report(`${field}.type`, `type d'action inconnu (attendu : ${DUNNING_ACTION_TYPES.join(', ')})`);
  }
  validateTemplate(action.template, `${field}.template`, check);
  if (known && ACTIONS_WITH_ASSIGNEE.has(action.type as DunningActionType)) {
    validateAssignee(action.assignee, `${field}.assignee`, check);
  }
}

function validateActions(actions: unknown, field: string, check: Check): void {
  if (!Array.isArray(actions) || actions.length === 0) {
    return check.report(field, "l'étape doit comporter au moins une action");
  }
  const seen = new Set<string>();
  actions.forEach((action, j) => {
    validateAction(action, `${field}.${j}`, check);
    const signature = JSON.stringify(isObject(action) ? [action.type, action.template, action.assignee] : action);
    if (seen.has(signature)) {
      check.report(`${field}.${j}`, 'action en double dans cette étape');
    }
    seen.add(signature);
  });
}

function validateFlags(flags: unknown, field: string, check: Check): void {
  if (!isObject(flags)) {
    return check.report(field, "les options de l'étape sont obligatoires");
  }
  for (const name of FLAG_NAMES) {
    if (typeof flags[name] !== 'boolean') {
      check.report(`${field}.${name}`, 'doit valoir true ou false');
    }
  }
}

function validateOffset(offsetDays: unknown, previous: number | undefined, field: string, check: Check): void {
  if (typeof offsetDays !== 'number' || !Number.isInteger(offsetDays)) {
    return check.report(field, 'doit être un nombre entier de jours');
  }
  if (offsetDays < MIN_OFFSET_DAYS || offsetDays > MAX_OFFSET_DAYS) {
    check.report(field, `doit être compris entre ${MIN_OFFSET_DAYS} et +${MAX_OFFSET_DAYS} jours`);
  }
  if (previous !== undefined && offsetDays <= previous) {
    check.report(field, `doit être strictement supérieur à celui de l'étape précédente (${previous})`);
  }
}

function validateKey(key: unknown, keys: Set<string>, field: string, check: Check): void {
  if (!isNonEmptyString(key)) {
    return check.report(field, "l'identifiant de l'étape est obligatoire");
  }
  if (keys.has(key.trim())) {
    return check.report(field, `l'identifiant « ${key} » est déjà utilisé par une autre étape`);
  }
  keys.add(key.trim());
}

function validateStep(
  step: unknown,
  field: string,
  previousOffset: number | undefined,
  keys: Set<string>,
  check: Check,
): void {
  if (!isObject(step)) {
    return check.report(field, "l'étape doit être un objet");
  }
  validateKey(step.key, keys, `${field}.key`, check);
  validateOffset(step.offsetDays, previousOffset, `${field}.offsetDays`, check);
  if (!isNonEmptyString(step.label)) {
    check.report(`${field}.label`, 'le libellé est obligatoire');
  }
  validateActions(step.actions, `${field}.actions`, check);
  validateFlags(step.flags, `${field}.flags`, check);
}

/** Every problem found, each with its path ("steps.2.offsetDays"); an empty list means the steps can be saved. */
export function validatePolicySteps(
  steps: unknown,
  templateExists: (name: string) => boolean,
): PolicyValidationError[] {
  if (!Array.isArray(steps)) {
    return [{ field: 'steps', message: 'les étapes doivent être une liste' }];
  }
  if (steps.length === 0) {
    return [{ field: 'steps', message: 'la politique doit comporter au moins une étape' }];
  }
  if (steps.length > MAX_STEPS) {
    return [{ field: 'steps', message: `la politique ne peut pas comporter plus de ${MAX_STEPS} étapes` }];
  }
  const errors: PolicyValidationError[] = [];
  const check: Check = { report: (field, message) => void errors.push({ field, message }), templateExists };
  const keys = new Set<string>();
  let previousOffset: number | undefined;
  steps.forEach((step, i) => {
    validateStep(step, `steps.${i}`, previousOffset, keys, check);
    if (isObject(step) && Number.isInteger(step.offsetDays)) {
      previousOffset = step.offsetDays as number;
    }
  });
  return errors;
}

/** Calendar settings (Company.dunningSettings without the profile mapping). */
export function validateCalendarSettings(settings: unknown): PolicyValidationError[] {
  if (!isObject(settings)) {
    return [{ field: 'settings', message: 'les paramètres doivent être un objet' }];
  }
  const errors: PolicyValidationError[] = [];
  const report = (field: string, message: string) => void errors.push({ field, message });
  if (typeof settings.timezone !== 'string' || !IANAZone.isValidZone(settings.timezone)) {
    report('timezone', 'fuseau horaire inconnu (ex. : Europe/Paris)');
  }
  for (const name of ['sendHour', 'windowStart', 'windowEnd']) {
    if (typeof settings[name] !== 'string' || !HOUR_MINUTE.test(settings[name])) {
      report(name, 'heure attendue au format HH:mm');
    }
  }
  for (const name of ['businessDaysOnly', 'skipPublicHolidays']) {
    if (typeof settings[name] !== 'boolean') {
      report(name, 'doit valoir true ou false');
    }
  }
  if (errors.length === 0 && (settings.windowStart as string) >= (settings.windowEnd as string)) {
    report('windowEnd', "la fin de la plage d'envoi doit être postérieure à son début");
  }
  return errors;
}
