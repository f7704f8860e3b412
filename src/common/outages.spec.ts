// The errors here are the real ones: Prisma (pg adapter) and the Temporal client talking to a port nobody listens on.
import net from 'node:net';
import { ConflictException } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { Client, Connection } from '@temporalio/client';
import { PrismaClient } from '../generated/prisma/client';
import { headersOf, isDatabaseOutage, isTemporalOutage, outageOf, RETRY_AFTER_SECONDS } from './outages';

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function thrownBy(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

it('maps an unreachable PostgreSQL to 503 PostgreSQL with Retry-After', async () => {
  const prisma = new PrismaClient({
    adapter: new PrismaPg({
      connectionString: `postgresql://u:p@127.0.0.1:${await closedPort()}/db`,
      connectionTimeoutMillis: 1000,
    }),
  });
  const error = await thrownBy(() => prisma.user.findFirst());
  await prisma.$disconnect();
  expect(isDatabaseOutage(error)).toBe(true);
  const outage = outageOf(error)!;
  expect(outage.getStatus()).toBe(503);
  expect(outage.message).toMatch(/^PostgreSQL is unavailable/);
  expect(headersOf(outage)).toEqual({ 'Retry-After': String(RETRY_AFTER_SECONDS) });
}, 20_000);

it('maps a transaction that cannot start in time (pool exhausted under load) to 503 PostgreSQL', async () => {
  // A server that accepts and never answers: the transaction waits for its connection past maxWait.
  const sockets: net.Socket[] = [];
  const silent = net.createServer((socket) => sockets.push(socket)).listen(0, '127.0.0.1');
  await new Promise((resolve) => silent.once('listening', resolve));
  const { port } = silent.address() as net.AddressInfo;
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: `postgresql://u:p@127.0.0.1:${port}/db`, connectionTimeoutMillis: 5000 }),
  });
  const error = await thrownBy(() => prisma.$transaction(async () => undefined, { maxWait: 300 }));
  for (const socket of sockets) {
    socket.destroy();
  }
  silent.close();
  await prisma.$disconnect().catch(() => undefined);
  expect((error as { code?: string }).code).toBe('P2028');
  expect(outageOf(error)!.getStatus()).toBe(503);
}, 20_000);

it('maps an unreachable Temporal to 503 Temporal, looking past the top error', async () => {
  const connection = Connection.lazy({ address: `127.0.0.1:${await closedPort()}`, connectTimeout: 500 });
  const client = new Client({ connection });
  const error = await thrownBy(() =>
    client.withDeadline(Date.now() + 1500, () => client.workflow.getHandle('invoice-x').describe()),
  );
  await connection.close();
  expect(isDatabaseOutage(error)).toBe(false);
  expect(isTemporalOutage(error)).toBe(true);
  expect(outageOf(error)!.message).toMatch(/^Temporal is unavailable/);
}, 20_000);

it('leaves HTTP refusals and other errors alone', () => {
  expect(outageOf(new ConflictException('no'))).toBeUndefined();
  expect(outageOf(new Error('value out of range'))).toBeUndefined();
});
