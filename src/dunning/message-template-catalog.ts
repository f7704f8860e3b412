// The message templates a policy editor may pick, each with the channel it is written for and the actions it suits.
import { listTemplates } from '../messages/message-renderer';
import type { DunningActionType } from './policy';
import type { MessageTemplateEntryDto, TemplateChannel } from './policy.responses';

export type { TemplateChannel };
export type MessageTemplateEntry = MessageTemplateEntryDto;

/** Folders whose templates are not customer emails; approval/ and invoice/ belong to other flows, not to dunning. */
const BY_GROUP: Record<string, { channel: TemplateChannel; actionTypes: DunningActionType[] }> = {
  tasks: { channel: 'TASK', actionTypes: ['CALL_TASK', 'ESCALATION'] },
  internal: { channel: 'INTERNAL', actionTypes: ['INTERNAL_NOTIFICATION'] },
  'formal-notice': { channel: 'LETTER', actionTypes: ['FORMAL_NOTICE'] },
  approval: { channel: 'INTERNAL', actionTypes: [] },
  invoice: { channel: 'EMAIL', actionTypes: [] },
  plan: { channel: 'EMAIL', actionTypes: [] },
};

export function describeTemplate(name: string): MessageTemplateEntry {
  const group = name.split('/')[0];
  const known = BY_GROUP[group];
  if (known) {
    return { name, group, ...known };
  }
  return name.endsWith('-sms')
    ? { name, group, channel: 'SMS', actionTypes: ['SMS'] }
    : { name, group, channel: 'EMAIL', actionTypes: ['EMAIL'] };
}

export function messageTemplateCatalog(messagesDir: string): MessageTemplateEntry[] {
  return listTemplates(messagesDir).map(describeTemplate);
}
