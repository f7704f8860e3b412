import { crashPoint } from './fault-injection';

describe('crashPoint', () => {
  let exit: jest.SpyInstance;
  let stderr: jest.SpyInstance;

  beforeEach(() => {
    exit = jest.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => jest.restoreAllMocks());

  it('exits with 137 at the named point in tests', () => {
    crashPoint({ NODE_ENV: 'test', ACQUITTE_FAULT: 'message:after-provider' }, 'after-provider', 'invoice-1:D+3:email');
    expect(exit).toHaveBeenCalledWith(137);
    expect(stderr).toHaveBeenCalledTimes(1);
  });

  it('only hits keys containing the given substring', () => {
    const config = { NODE_ENV: 'test' as const, ACQUITTE_FAULT: 'message:before-provider:D+15:sms' };
    crashPoint(config, 'before-provider', 'invoice-1:D+15:email');
    expect(exit).not.toHaveBeenCalled();
    crashPoint(config, 'before-provider', 'invoice-1:D+15:sms');
    expect(exit).toHaveBeenCalledWith(137);
  });

  it('ignores other points, other environments and an unset fault', () => {
    crashPoint({ NODE_ENV: 'test', ACQUITTE_FAULT: 'message:after-provider' }, 'before-provider', 'k');
    crashPoint({ NODE_ENV: 'production', ACQUITTE_FAULT: 'message:after-provider' }, 'after-provider', 'k');
    crashPoint({ NODE_ENV: 'test', ACQUITTE_FAULT: undefined }, 'after-provider', 'k');
    crashPoint({ NODE_ENV: 'test', ACQUITTE_FAULT: 'message:after-providerX' }, 'after-provider', 'k');
    expect(exit).not.toHaveBeenCalled();
  });
});
