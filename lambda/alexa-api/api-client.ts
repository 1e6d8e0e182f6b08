// The HTTP client under ask-sdk-core's service clients. It behaves like the SDK's DefaultApiClient (Node's own
// http and https, any status resolved, not thrown), but every call has a hard timeout that also closes the
// socket: a slow Alexa API must never use up the 8 s Alexa waits for an answer.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { services } from 'ask-sdk-model';
import { ApiTimeoutError } from './errors';

/** An ApiClient whose calls give up after `timeoutMs`. */
export class TimeoutApiClient implements services.ApiClient {
  constructor(private readonly timeoutMs: number) {}

  invoke(request: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    const url = new URL(request.url);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const headers: Record<string, string[]> = {};
    for (const { key, value } of request.headers ?? []) (headers[key] ??= []).push(value);
    return new Promise((resolve, reject) => {
      const call = send(url, { method: request.method, headers, signal: AbortSignal.timeout(this.timeoutMs) }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({
            statusCode: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: Object.entries(response.headers).flatMap(([key, value]) =>
              (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) => ({ key, value: v })),
            ),
          }),
        );
      });
      call.on('error', (error) =>
        reject(error.name === 'AbortError' ? new ApiTimeoutError(`${request.method} ${url.pathname} took over ${this.timeoutMs} ms`, { cause: error }) : error),
      );
      call.end(request.body);
    });
  }
}
