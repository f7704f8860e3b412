import { currentActivity } from './activity-context';

/** Heartbeats every few seconds while fn runs, so a crashed worker is detected fast but a slow send is not retried. */
export async function withHeartbeat<T>(fn: () => Promise<T>, everyMs = 3000): Promise<T> {
  const context = currentActivity();
  if (!context) {
    return fn();
  }
  context.heartbeat();
  const timer = setInterval(() => context.heartbeat(), everyMs);
  try {
    return await fn();
  } finally {
    clearInterval(timer);
  }
}
