import twilio from 'twilio';
import { BaseUrlRequestClient, rebaseUri } from './twilio-request-client';

const MESSAGES = 'https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json';

describe('rebaseUri', () => {
  it('swaps protocol and host, keeping path and query', () => {
    expect(rebaseUri(`${MESSAGES}?To=%2B33600000000&PageSize=50`, 'http://127.0.0.1:4010')).toBe(
      'http://127.0.0.1:4010/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json?To=%2B33600000000&PageSize=50',
    );
  });

  it('keeps a path prefix of the base URL, with or without a trailing slash', () => {
    expect(rebaseUri(MESSAGES, 'https://peer.test/twilio/')).toBe(
      'https://peer.test/twilio/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json',
    );
    expect(rebaseUri(MESSAGES, 'https://peer.test/twilio')).toBe(rebaseUri(MESSAGES, 'https://peer.test/twilio/'));
  });
});

describe('BaseUrlRequestClient', () => {
  it('is a twilio.RequestClient that sends every request to the base URL', async () => {
    const client = new BaseUrlRequestClient('http://127.0.0.1:4010');
    expect(client).toBeInstanceOf(twilio.RequestClient);
    const parent = jest
      .spyOn(twilio.RequestClient.prototype, 'request')
      .mockResolvedValue({ statusCode: 201, body: '{}', headers: {} });
    await client.request({ method: 'post', uri: MESSAGES, data: { To: '+33600000000' } });
    expect(parent).toHaveBeenCalledWith(
      expect.objectContaining({
        method: 'post',
        uri: MESSAGES.replace('https://api.twilio.com', 'http://127.0.0.1:4010'),
      }),
    );
    parent.mockRestore();
  });
});
