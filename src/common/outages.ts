import { HttpException, HttpStatus, ServiceUnavailableException } from '@nestjs/common';
import { isGrpcServiceError } from '@temporalio/client';

/** Seconds a client should wait before retrying while a backing service is down. */
export const RETRY_AFTER_SECONDS = 5;

/** An HTTP answer that carries response headers (Retry-After, Location): the error filter sets them. */
export interface WithHeaders {
  readonly headers: Readonly<Record<string, string>>;
}

export function headersOf(exception: HttpException): Readonly<Record<string, string>> {
  return 'headers' in exception ? (exception as HttpException & WithHeaders).headers : {};
}

/** 503 + Retry-After: the request may be repeated unchanged once the named service is back. */
export class OutageException extends ServiceUnavailableException implements WithHeaders {
  readonly headers = { 'Retry-After': String(RETRY_AFTER_SECONDS) };

  constructor(service: 'PostgreSQL' | 'Temporal', detail: string) {
    super({
      statusCode: HttpStatus.SERVICE_UNAVAILABLE,
      error: 'Service Unavailable',
      message: `${service} is unavailable: ${detail}. Retry in ${RETRY_AFTER_SECONDS} s.`,
      service,
    });
  }
}

// Prisma codes for "cannot reach / lost the server / pool exhausted" (P2028: no connection to start a transaction
// within maxWait, or it expired and was rolled back), and the pg driver's socket-level kinds.
const PRISMA_OUTAGE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);
const DRIVER_OUTAGE_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
// SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, crash recovery).
const SQLSTATE_OUTAGE = /^(08|57P)/;
const PG_OUTAGE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|ECONNREFUSED|ECONNRESET/i;

interface DriverCause {
  kind?: string;
  code?: string;
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current && chain.length < 10; current = (current as { cause?: unknown }).cause) {
    chain.push(current);
  }
  return chain;
}

export function isDatabaseOutage(error: unknown): boolean {
  return causes(error).some((link) => {
    if (!(link instanceof Error)) {
      return false;
    }
    const { code, meta } = link as Error & { code?: unknown; meta?: { driverAdapterError?: { cause?: DriverCause } } };
    const driver = meta?.driverAdapterError?.cause;
    if (typeof code === 'string' && PRISMA_OUTAGE_CODES.has(code)) {
      return true;
    }
    if (
      driver?.kind &&
      (DRIVER_OUTAGE_KINDS.has(driver.kind) || (driver.kind === 'postgres' && SQLSTATE_OUTAGE.test(driver.code ?? '')))
    ) {
      return true;
    }
    return link.name.startsWith('PrismaClientInitializationError') || PG_OUTAGE_MESSAGE.test(link.message);
  });
}

// gRPC status codes DEADLINE_EXCEEDED (4) and UNAVAILABLE (14); @grpc/grpc-js is not a direct dependency.
const GRPC_OUTAGE_CODES: ReadonlySet<number> = new Set([4, 14]);

/** Temporal's client wraps the gRPC error (ServiceError → cause), so the whole cause chain is inspected. */
export function isTemporalOutage(error: unknown): boolean {
  return causes(error).some(
    (link) =>
      (isGrpcServiceError(link) && GRPC_OUTAGE_CODES.has(link.code)) ||
      (link instanceof Error && /ECONNREFUSED|Failed to connect/i.test(link.message)),
  );
}

/** The 503 an unexpected error stands for when it comes from a backing service that is down, else undefined. */
export function outageOf(error: unknown): OutageException | undefined {
  if (error instanceof HttpException) {
    return undefined;
  }
  if (isDatabaseOutage(error)) {
    return new OutageException('PostgreSQL', 'the database cannot be reached');
  }
  if (isTemporalOutage(error)) {
    return new OutageException('Temporal', 'the workflow service cannot be reached');
  }
  return undefined;
}
