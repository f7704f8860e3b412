interface HealthWait {
  timeoutMs: number;
  intervalMs: number;
  /** Checked before each try: a reason (e.g. the process exited) ends the wait with that error. */
  failure?: () => string | undefined;
}

/** Whether GET `url` answered `status: "ok"` (PostgreSQL, Temporal and a polling worker) within the timeout. */
export async function becameHealthy(url: string, { timeoutMs, intervalMs, failure }: HealthWait): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const reason = failure?.();
    if (reason) {
      throw new Error(reason);
    }
    const ok = await fetch(url).then(
      async (r) => r.ok && ((await r.json()) as { status?: string }).status === 'ok',
      () => false,
    );
    if (ok) {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return false;
}
