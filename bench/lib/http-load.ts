import autocannon from 'autocannon';

export interface LoadRequest {
  method?: 'GET' | 'POST';
  /** Called per request so each one can target another invoice. */
  path: () => string;
  body?: string;
}

export interface LoadResult {
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  requests: number;
  failures: number;
}

/** A fixed number of connections kept busy on one route for `seconds` (autocannon), on 127.0.0.1 only. */
export async function measureLoad(
  baseUrl: string,
  token: string,
  request: LoadRequest,
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  const result = await autocannon({
    url: baseUrl,
    connections: options.connections,
    duration: options.seconds,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    requests: [
      {
        method: request.method ?? 'GET',
        body: request.body,
        setupRequest: (req) => ({ ...req, path: request.path() }),
      },
    ],
  });
  // autocannon abandons the requests still in flight at the end: wait until the server has answered them, so the
  // next run does not start behind their backlog.
  await fetch(`${baseUrl}/auth/me`, {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(120_000),
  });
  return {
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
