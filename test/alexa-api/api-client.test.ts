// The HTTP client under the service clients: statuses resolved as the SDK expects, a hard timeout that closes
// the call, and the failures told apart; a call without API access never leaves the process.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiTimeoutError, failureOf, TimeoutApiClient } from '../../lambda/alexa-api';

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/slow') return void setTimeout(() => res.end('late'), 2000);
    res.writeHead(req.url === '/missing' ? 404 : 200, { 'content-type': 'application/json', 'x-echo': req.headers.authorization ?? '' });
    res.end(JSON.stringify({ method: req.method }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('TimeoutApiClient', () => {
  const client = new TimeoutApiClient(200);

  it('resolves any status with its body and headers, as the SDK expects', async () => {
    const ok = await client.invoke({ url: `${base}/x`, method: 'GET', headers: [{ key: 'Authorization', value: 'Bearer t' }] });
    expect(ok).toMatchObject({ statusCode: 200, body: '{"method":"GET"}' });
    expect(ok.headers).toContainEqual({ key: 'x-echo', value: 'Bearer t' });
    expect((await client.invoke({ url: `${base}/missing`, method: 'DELETE', headers: [] })).statusCode).toBe(404);
  });

  it('gives up on a slow API after its timeout', async () => {
    const started = Date.now();
    await expect(client.invoke({ url: `${base}/slow`, method: 'GET', headers: [] })).rejects.toThrow(ApiTimeoutError);
    expect(Date.now() - started).toBeLessThan(1500);
  });
});

describe('failureOf', () => {
  const serviceError = (statusCode: number) => Object.assign(new Error('x'), { name: 'ServiceError', statusCode });

  it('tells the failures the skill answers differently apart', () => {
    expect(failureOf(serviceError(401))).toBe('notAllowed');
    expect(failureOf(serviceError(403))).toBe('forbidden');
    expect(failureOf(serviceError(429))).toBe('throttled');
    expect(failureOf(serviceError(503))).toBe('failed');
    expect(failureOf(new ApiTimeoutError('slow'))).toBe('timeout');
    expect(failureOf(new Error('ECONNREFUSED'))).toBe('failed');
  });
});
