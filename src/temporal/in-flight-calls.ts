import { InterceptingCall, type Interceptor } from '@grpc/grpc-js';

/**
 * Counts Temporal RPCs in flight (retries included), so shutdown can wait for them: closing the channel under a
 * pending retry makes its timer throw "Channel has been shut down" outside any caller.
 */
export class InFlightCalls {
  private count = 0;
  private waiters: Array<() => void> = [];

  readonly interceptor: Interceptor = (options, nextCall) =>
    new InterceptingCall(nextCall(options), {
      start: (metadata, _listener, next) => {
        this.count += 1;
        next(metadata, {
          onReceiveStatus: (status, nextStatus) => {
            this.finished();
            nextStatus(status);
          },
        });
      },
    });

  /** Resolves once no call is in flight, or after timeoutMs. */
  idle(timeoutMs: number): Promise<void> {
    if (this.count === 0) {
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private finished(): void {
    this.count -= 1;
    if (this.count > 0) {
      return;
    }
    for (const wake of this.waiters.splice(0)) {
      wake();
    }
  }
}
