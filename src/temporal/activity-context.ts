import { Logger } from '@nestjs/common';
import { Context } from '@temporalio/activity';

/** The running activity's context, or undefined when called outside one (API process, integration tests). */
export function currentActivity(): Context | undefined {
  try {
    return Context.current();
  } catch {
    return undefined;
  }
}

/** Temporal's activity logger (workflow ID, activity type and attempt attached) inside an activity, else Nest's. */
export function activityLog(fallback: string): Pick<Logger, 'warn' | 'error'> {
  const context = currentActivity();
  if (!context) {
    return new Logger(fallback);
  }
  return {
    warn: (message: string) => context.log.warn(message),
    error: (message: string) => context.log.error(message),
  };
}
