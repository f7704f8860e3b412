// A tiny JSON client for the API: the tests drive it, and `npm start` uses it to create the demo invoices.
import { DEMO_PASSWORD } from '../../src/seed/demo-data';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON answers, read by tests and the demo script
type Json = any;

export interface HttpResult<T = Json> {
  status: number;
  body: T;
}

export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  withToken(token: string): ApiClient {
    return new ApiClient(this.baseUrl, token);
  }

  async request<T = Json>(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<HttpResult<T>> {
    const response = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, body: (type.includes('json') && text ? JSON.parse(text) : text) as T };
  }

  get<T = Json>(url: string) {
    return this.request<T>('GET', url);
  }

  post<T = Json>(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', url, body ?? {}, headers);
  }

  patch<T = Json>(url: string, body: unknown) {
    return this.request<T>('PATCH', url, body);
  }

  put<T = Json>(url: string, body: unknown) {
    return this.request<T>('PUT', url, body);
  }

  /** Logs a demo user in (password "demo") and returns a client carrying their token. */
  async as(email: string): Promise<ApiClient> {
    const { status, body } = await this.post<{ accessToken: string }>('/auth/login', {
      email,
      password: DEMO_PASSWORD,
    });
    if (status !== 200) {
      throw new Error(`login ${email} failed: ${status} ${JSON.stringify(body)}`);
    }
    return this.withToken(body.accessToken);
  }
}
