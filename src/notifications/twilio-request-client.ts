import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import type Response from 'twilio/lib/http/response';

/** Moves a Twilio API URI onto another base URL (protocol, host and any path prefix), keeping its path and query. */
export function rebaseUri(uri: string, baseUrl: string): string {
  const target = new URL(uri);
  const base = new URL(baseUrl);
  const prefix = base.pathname.replace(/\/$/, '');
  return `${base.protocol}//${base.host}${prefix}${target.pathname}${target.search}`;
}

/** The official client's HTTP layer, sent to a Twilio-compatible peer (the local Prism mock) instead of api.twilio.com. */
export class BaseUrlRequestClient extends twilio.RequestClient {
  constructor(
    private readonly baseUrl: string,
    options?: RequestClient.RequestClientOptions,
  ) {
    super(options);
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>): Promise<Response<TData>> {
    return super.request({ ...opts, uri: rebaseUri(opts.uri, this.baseUrl) });
  }
}
