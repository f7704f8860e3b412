import { join } from 'node:path';
import { describeTemplate, messageTemplateCatalog } from './message-template-catalog';

describe('message template catalog', () => {
  it('derives the channel and the suitable actions from the name', () => {
    expect(describeTemplate('vip/d+5-email')).toEqual({
      name: 'vip/d+5-email',
      group: 'vip',
      channel: 'EMAIL',
      actionTypes: ['EMAIL'],
    });
    expect(describeTemplate('bad-payer/d+3-sms')).toMatchObject({ channel: 'SMS', actionTypes: ['SMS'] });
    expect(describeTemplate('internal/d0-alert')).toMatchObject({
      channel: 'INTERNAL',
      actionTypes: ['INTERNAL_NOTIFICATION'],
    });
    expect(describeTemplate('approval/request')).toMatchObject({ channel: 'INTERNAL', actionTypes: [] });
    expect(describeTemplate('invoice/sent')).toMatchObject({ channel: 'EMAIL', actionTypes: [] });
  });

  it('offers every template a default policy uses', () => {
    const names = messageTemplateCatalog(join(__dirname, '../../templates/messages')).map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'standard/d-7-email',
        'standard/d+15-sms',
        'tasks/call',
        'tasks/escalation',
        'formal-notice/cover-email',
      ]),
    );
  });
});
