import { PrismaPg } from '@prisma/adapter-pg';
import { ApiClient } from '../../scripts/lib/api-client';
import { PrismaClient } from '../../src/generated/prisma/client';
import { DEMO_PASSWORD, seedDemoData } from '../../src/seed/demo-data';
import { measureLoad, type LoadRequest, type LoadResult } from '../lib/http-load';
import { treeCpuSeconds } from '../lib/process-cpu';
import type { BenchContext, Scenario } from '../lib/scenario';
import { seedInvoices } from '../lib/seed-invoices';
import { backOfficeEnv, benchDatabase, benchStack, startApi, stopBenchStack, type BenchProcess } from '../lib/stack';

const CONNECTIONS = 50;
const P99_TARGET_MS = 50;

// API latency with `size` invoices stored: list (LATE of one customer), detail and create at 50 concurrent,
// each beside the same load on the cheapest authenticated route (GET /auth/me: JWT check only) of the same process;
// then the list again on API_PROCESSES=2, beside the one-process figure.
export const apiScenario: Scenario = {
  name: 'api',
  description: 'p50/p99 and req/s of list, detail and create at 50 concurrent over N stored invoices',
  defaultSize: 100_000,
  async run(ctx) {
    await benchStack();
    try {
      await measureApi(ctx);
    } finally {
      await stopBenchStack();
    }
  },
};

async function measureApi(ctx: BenchContext): Promise<void> {
  const databaseUrl = await benchDatabase('api');
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  const demo = await seedDemoData(prisma).finally(() => prisma.$disconnect());
  const users = Object.values(demo.users).map((u) => u.id);
  const seeding = ctx.progress(`seeding ${ctx.size} invoices (COPY)`, ctx.size);
  const started = Date.now();
  const seeded = await seedInvoices(
    {
      databaseUrl,
      companyId: demo.companyId,
      creatorIds: users,
      ownerIds: [demo.users.sales.id, demo.users.manager.id],
    },
    ctx.size,
    (rows) => seeding.tick(rows),
  );
  seeding.done();
  ctx.log(
    `seeded ${ctx.size} invoices in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(seeded.counts)}`,
  );

  const env = backOfficeEnv('api', databaseUrl);
  const seconds = ctx.size >= 10_000 ? 10 : 5;
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)];
  const list: LoadRequest = {
    path: () => `/invoices?status=LATE&customerId=${seeded.busiestLateCustomerId}&sort=dueDate&order=asc`,
  };
  const routes: Array<[string, LoadRequest, boolean]> = [
    ['list LATE of one customer', list, true],
    ['detail', { path: () => `/invoices/${pick(seeded.issuedInvoiceIds)}` }, true],
    [
      'create draft',
      { method: 'POST', path: () => '/invoices', body: JSON.stringify(draftBody(seeded.customerIds[0])) },
      false,
    ],
  ];
  let token = '';
  const listOnOne = await withApi(env, async (api) => {
    token = await login(api.url, 'adv@demo.test');
    const limit = await measureRoute(ctx, api, token, 'GET /auth/me (limit)', { path: () => '/auth/me' }, seconds);
    const results = new Map<string, MeasuredLoad>();
    for (const [label, request, targeted] of routes) {
      results.set(label, await measureRoute(ctx, api, token, label, request, seconds));
      report(ctx, label, results.get(label)!, limit, targeted);
    }
    return results.get('list LATE of one customer')!;
  });
  const listOnTwo = await withApi(
    { ...env, API_PROCESSES: '2' },
    (api) => measureRoute(ctx, api, token, 'list LATE of one customer, 2 API processes', list, seconds),
    /2 API processes listening/,
  );
  reportProcesses(ctx, listOnTwo, listOnOne);
}

async function withApi<T>(
  env: Record<string, string>,
  use: (api: BenchProcess & { url: string }) => Promise<T>,
  readyLine?: RegExp,
) {
  const api = await startApi(env, readyLine);
  try {
    return await use(api);
  } finally {
    await api.stop();
  }
}

/** One route at 50 concurrent for `seconds` after a one-second warm-up, with the API's CPU (all its processes). */
async function measureRoute(
  ctx: BenchContext,
  api: BenchProcess & { url: string },
  token: string,
  label: string,
  request: LoadRequest,
  seconds: number,
): Promise<MeasuredLoad> {
  await measureLoad(api.url, token, request, { connections: CONNECTIONS, seconds: 1 }); // warm-up: JIT, pool connections
  const bar = ctx.progress(label, seconds);
  let elapsed = 0;
  const timer = setInterval(() => {
    if (elapsed >= seconds) {
      return;
    }
    elapsed += 1;
    bar.tick();
  }, 1000);
  const cpuBefore = treeCpuSeconds(api.child.pid!);
  const result = await measureLoad(api.url, token, request, { connections: CONNECTIONS, seconds }).finally(() =>
    clearInterval(timer),
  );
  const cpuMsPerRequest = ((treeCpuSeconds(api.child.pid!) - cpuBefore) * 1000) / Math.max(1, result.requests);
  bar.done();
  if (result.failures > 0) {
    ctx.log(`${label}: ${result.failures} of ${result.requests} requests failed`);
  }
  // Nothing answered within the run: its latencies are at least the run's length, never 0.
  return {
    ...(result.requests > 0 ? result : { ...result, p50Ms: seconds * 1000, p99Ms: seconds * 1000 }),
    cpuMsPerRequest,
  };
}

/** Two API processes against one, the same list: on N free cores the p99 should fall to about 1/N. */
function reportProcesses(ctx: BenchContext, two: MeasuredLoad, one: MeasuredLoad): void {
  const note = two.failures > 0 ? `${two.failures} failed requests` : undefined;
  for (const [name, value, limit, unit] of [
    ['p99', two.p99Ms, one.p99Ms, 'ms'],
    ['throughput', two.requestsPerSecond, one.requestsPerSecond, 'req/s'],
  ] as const) {
    ctx.figure({
      name: `list LATE of one customer ${name}, 2 API processes`,
      value,
      unit,
      limit: { name: `the same with 1 API process, same run`, value: limit, unit },
      note,
    });
  }
}

type MeasuredLoad = LoadResult & { cpuMsPerRequest: number };

function report(ctx: BenchContext, label: string, result: MeasuredLoad, limit: MeasuredLoad, targeted: boolean): void {
  const limitOf = (name: string, value: number, unit: string) => ({
    name: `GET /auth/me ${name}, same process`,
    value,
    unit,
  });
  const note = result.failures > 0 ? `${result.failures} failed requests` : undefined;
  ctx.figure({ name: `${label} p50`, value: result.p50Ms, unit: 'ms', limit: limitOf('p50', limit.p50Ms, 'ms'), note });
  ctx.figure({
    name: `${label} p99`,
    value: result.p99Ms,
    unit: 'ms',
    limit: limitOf('p99', limit.p99Ms, 'ms'),
    target: targeted ? { of: 'value', op: '<=', bound: P99_TARGET_MS } : undefined,
    note,
  });
  // CPU per request hardly depends on what else the machine runs, unlike latencies on a shared machine.
  ctx.figure({
    name: `${label} API CPU per request`,
    value: Math.round(result.cpuMsPerRequest * 100) / 100,
    unit: 'ms',
    limit: limitOf('CPU per request', Math.round(limit.cpuMsPerRequest * 100) / 100, 'ms'),
    note,
  });
  ctx.figure({
    name: `${label} throughput`,
    value: result.requestsPerSecond,
    unit: 'req/s',
    limit: limitOf('throughput', limit.requestsPerSecond, 'req/s'),
    note,
  });
}

async function login(baseUrl: string, email: string): Promise<string> {
  const { status, body } = await new ApiClient(baseUrl).post<{ accessToken: string }>('/auth/login', {
    email,
    password: DEMO_PASSWORD,
  });
  if (status !== 200) {
    throw new Error(`login ${email} failed: ${status}`);
  }
  return body.accessToken;
}

function draftBody(customerId: string) {
  return {
    customerId,
    lines: [{ description: 'Audit de performance', quantity: 2, unitPriceCents: 45_000, vatRate: 20 }],
  };
}
