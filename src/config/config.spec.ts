import os from 'node:os';
import { loadConfig } from './config';

describe('loadConfig', () => {
  const base = { DATABASE_URL: 'postgresql://u:p@localhost:5432/acquitte' };

  it('applies the embedded defaults', () => {
    const config = loadConfig(base);
    expect(config.PORT).toBe(3000);
    expect(config.TEMPORAL_TASK_QUEUE).toBe('acquitte');
    expect(config.twilio).toBeUndefined();
  });

  it('runs one API process per CPU, one under tests, or API_PROCESSES', () => {
    expect(loadConfig(base).API_PROCESSES).toBe(os.availableParallelism());
    expect(loadConfig({ ...base, NODE_ENV: 'test' }).API_PROCESSES).toBe(1);
    expect(loadConfig({ ...base, NODE_ENV: 'test', API_PROCESSES: '3' }).API_PROCESSES).toBe(3);
    expect(() => loadConfig({ ...base, API_PROCESSES: '0' })).toThrow(/API_PROCESSES/);
  });

  it('names every invalid variable', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/DATABASE_URL[\s\S]*PORT|PORT[\s\S]*DATABASE_URL/);
  });

  it('refuses a partial Twilio configuration', () => {
    expect(() => loadConfig({ ...base, TWILIO_ACCOUNT_SID: 'AC123' })).toThrow(
      /TWILIO_ACCOUNT_SID: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM together/,
    );
  });

  it('requires a real JWT secret in production', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });

  it('groups Twilio settings when complete', () => {
    const config = loadConfig({
      ...base,
      TWILIO_ACCOUNT_SID: 'AC1',
      TWILIO_AUTH_TOKEN: 't',
      TWILIO_FROM: '+33100000000',
      TWILIO_BASE_URL: 'http://127.0.0.1:4010',
    });
    expect(config.twilio).toEqual({
      accountSid: 'AC1',
      authToken: 't',
      from: '+33100000000',
      baseUrl: 'http://127.0.0.1:4010',
    });
  });
});
