import { HttpError } from 'react-admin';

const TOKEN_KEY = 'acquitte.token';
const USER_KEY = 'acquitte.user';

export type Role = 'SALES' | 'MANAGER' | 'FINANCE_DIRECTOR' | 'ADV' | 'DIRECTOR' | 'ADMIN';

export interface SessionUser {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  companyId: string;
}

export const session = {
  token: (): string | null => localStorage.getItem(TOKEN_KEY),
  user: (): SessionUser | null => {
    const raw = localStorage.getItem(USER_KEY);
    return raw ? (JSON.parse(raw) as SessionUser) : null;
  },
  save(token: string, user: SessionUser): void {
    localStorage.setItem(TOKEN_KEY, token);
    localStorage.setItem(USER_KEY, JSON.stringify(user));
  },
  clear(): void {
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(USER_KEY);
  },
};

interface ApiErrorBody {
  statusCode?: number;
  error?: string;
  message?: string | string[];
  fields?: Array<{ field: string; message: string }>;
}

/** The API's { message, fields } as react-admin expects it: { errors: { field: text } } shows next to each input. */
export function toHttpError(status: number, body: ApiErrorBody | string | null): HttpError {
  if (!body || typeof body === 'string') {
    return new HttpError(body || `Erreur ${status}`, status, {});
  }
  const message = Array.isArray(body.message)
    ? body.message.join(' ; ')
    : (body.message ?? body.error ?? `Erreur ${status}`);
  const errors: Record<string, string> = {};
  for (const f of body.fields ?? []) {
    errors[f.field] = errors[f.field] ? `${errors[f.field]} ; ${f.message}` : f.message;
  }
  return new HttpError(message, status, { ...body, errors });
}

function headers(json: boolean): Headers {
  const h = new Headers();
  if (json) {
    h.set('Content-Type', 'application/json');
  }
  const token = session.token();
  if (token) {
    h.set('Authorization', `Bearer ${token}`);
  }
  return h;
}

/** JSON call to the API (same origin); any non-2xx becomes an HttpError carrying the field errors. */
export async function api<T = unknown>(
  path: string,
  init: { method?: string; body?: unknown; idempotencyKey?: string } = {},
): Promise<T> {
  const h = headers(init.body !== undefined);
  if (init.idempotencyKey) {
    h.set('Idempotency-Key', init.idempotencyKey);
  }
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    headers: h,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  const body: unknown = isJson && text ? JSON.parse(text) : text;
  if (!response.ok) {
    throw toHttpError(response.status, body as ApiErrorBody | string);
  }
  return body as T;
}

/** A protected binary (PDF): fetched with the bearer token, handed back as an object URL. */
export async function blobUrl(path: string): Promise<string> {
  const response = await fetch(path, { headers: headers(false) });
  if (!response.ok) {
    const text = await response.text();
    throw toHttpError(response.status, text.startsWith('{') ? (JSON.parse(text) as ApiErrorBody) : text);
  }
  return URL.createObjectURL(await response.blob());
}

export async function download(path: string, fileName: string): Promise<void> {
  const url = await blobUrl(path);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A protected attachment (FEC, CSV, XLSX, ZIP) saved under the name the API gives in Content-Disposition. */
export async function downloadAttachment(path: string, fallbackName: string): Promise<void> {
  const response = await fetch(path, { headers: headers(false) });
  if (!response.ok) {
    const text = await response.text();
    throw toHttpError(response.status, text.startsWith('{') ? (JSON.parse(text) as ApiErrorBody) : text);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function query(params: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') {
      continue;
    }
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Field errors of a failed call, renamed to the form's inputs (e.g. levels.0.minAmountExclTaxCents → levels.0.minAmount). */
export const HttpErrorBody = {
  fieldErrors(error: unknown, rename: Record<string, string> = {}): Record<string, string> | undefined {
    const errors = (error as { body?: { errors?: Record<string, string> } })?.body?.errors;
    if (!errors || !Object.keys(errors).length) {
      return undefined;
    }
    const renamed = Object.entries(errors).map(([field, message]) => {
      const last = field.split('.').pop() ?? field;
      return [rename[last] ? field.replace(new RegExp(`${last}$`), rename[last]) : field, message];
    });
    return Object.fromEntries(renamed);
  },
};
