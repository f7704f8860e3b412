import { errorText, smtpMayHaveAccepted, twilioMayHaveAccepted } from './delivery-errors';

const smtpError = (fields: Record<string, unknown>) => Object.assign(new Error('smtp'), fields);

describe('smtpMayHaveAccepted', () => {
  it('is false when the server answered with a refusal', () => {
    expect(smtpMayHaveAccepted(smtpError({ code: 'EENVELOPE', responseCode: 550 }))).toBe(false);
    expect(smtpMayHaveAccepted(smtpError({ code: 'ECONNECTION', responseCode: 421 }))).toBe(false);
  });

  it('is false when no connection was ever made', () => {
    expect(smtpMayHaveAccepted(smtpError({ code: 'ESOCKET', originalCode: 'ECONNREFUSED' }))).toBe(false);
    expect(smtpMayHaveAccepted(smtpError({ code: 'ECONNREFUSED' }))).toBe(false);
    expect(smtpMayHaveAccepted(smtpError({ code: 'ETIMEDOUT', timeoutType: 'CONNECT_TIMEOUT' }))).toBe(false);
    expect(smtpMayHaveAccepted(smtpError({ code: 'EAUTH', responseCode: undefined }))).toBe(false);
  });

  it('is true when the link broke mid-session without an answer', () => {
    expect(smtpMayHaveAccepted(smtpError({ code: 'ETIMEDOUT', timeoutType: 'SOCKET_TIMEOUT' }))).toBe(true);
    expect(smtpMayHaveAccepted(smtpError({ code: 'ECONNECTION' }))).toBe(true);
    expect(smtpMayHaveAccepted(smtpError({ code: 'ESOCKET', originalCode: 'ECONNRESET' }))).toBe(true);
  });
});

describe('twilioMayHaveAccepted', () => {
  it('is false for a 4xx refusal or a connection never made', () => {
    expect(twilioMayHaveAccepted(Object.assign(new Error('bad number'), { status: 400, code: 21211 }))).toBe(false);
    expect(twilioMayHaveAccepted(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBe(false);
    expect(twilioMayHaveAccepted(new Error('Required parameter "to" missing.'))).toBe(false);
  });

  it('is true for a 5xx or a connection broken after the request', () => {
    expect(twilioMayHaveAccepted(Object.assign(new Error('oops'), { status: 503 }))).toBe(true);
    expect(twilioMayHaveAccepted(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toBe(true);
    expect(twilioMayHaveAccepted(Object.assign(new Error('timeout'), { code: 'ECONNABORTED' }))).toBe(true);
  });
});

describe('errorText', () => {
  it('keeps the message of an Error and stringifies anything else', () => {
    expect(errorText(new Error('boom'))).toBe('boom');
    expect(errorText('plain')).toBe('plain');
  });
});
