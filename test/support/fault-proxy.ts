// Jest helper: an HTTP proxy on 127.0.0.1 in front of dynalite that delays, hangs, throttles, fails, resets or
// answers late the DynamoDB calls a test picks, so the skill meets the store's failures over a real connection.
import { Agent, createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What the proxy does with one call. */
export type Fault =
  | { readonly kind: 'pass' }
  /** Waits, then passes the call on. */
  | { readonly kind: 'delay'; readonly ms: number }
  /** Never answers (the client's timeouts and the turn's deadline must end the wait). */
  | { readonly kind: 'hang' }
  /** Answers as DynamoDB does when throttled: HTTP 400, ProvisionedThroughputExceededException. */
  | { readonly kind: 'throttle' }
  /** Answers HTTP 500, InternalServerError. */
  | { readonly kind: 'fail' }
  /** Drops the connection without an answer. */
  | { readonly kind: 'reset' }
  /** Passes the call on (a write is applied), then holds the answer back this long. */
  | { readonly kind: 'late'; readonly ms: number };

/** One DynamoDB call as the proxy saw it: the operation (GetItem, PutItem...) and what was done with it. */
export interface Call {
  readonly operation: string;
  readonly fault: Fault['kind'];
}

/** Decides each call's fault from its operation and the calls seen before it. */
export type FaultRule = (operation: string, seen: readonly Call[]) => Fault;

export interface FaultProxy {
  readonly endpoint: string;
  /** Every call so far, in order. */
  readonly calls: Call[];
  /** Replaces the rule (every call passes until one is set). */
  set(rule: FaultRule): void;
  /** Lets every call pass again and forgets the calls seen (between tests). */
  reset(): void;
  /** Calls of `operation` so far. */
  count(operation: string): number;
  close(): Promise<void>;
}

const PASS: Fault = { kind: 'pass' };

/** Applies `fault` to every call of the given operations, and lets the others pass. */
export const on = (operations: readonly string[], fault: Fault): FaultRule => (operation) => (operations.includes(operation) ? fault : PASS);

/** Waits that end early (and hold no timer) once the proxy closes. */
const waits = new Set<() => void>();
const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      waits.delete(done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    waits.add(done);
  });

function answer(res: ServerResponse, status: number, type: string, message: string): void {
  const body = JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message });
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': `proxy-${Date.now()}`, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Sends the call to `target` and resolves to its answer: status, headers and body. */
function pass(agent: Agent, target: URL, req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const out = forward({ agent, host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, async (res) => {
      resolve({ status: res.statusCode ?? 502, headers: res.headers, body: await bodyOf(res) });
    });
    out.on('error', reject);
    out.end(body);
  });
}

/** Starts a proxy to `target` (dynalite's endpoint) on a free port of 127.0.0.1. */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const calls: Call[] = [];
  const sockets = new Set<Socket>();
  // No keep-alive upstream: nothing is left open towards dynalite when the proxy closes.
  const agent = new Agent({ keepAlive: false });
  let rule: FaultRule = () => PASS;

  const server = createServer(async (req, res) => {
    const body = await bodyOf(req);
    const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '?';
    const fault = rule(operation, calls);
    calls.push({ operation, fault: fault.kind });
    try {
      switch (fault.kind) {
        case 'hang':
          return;
        case 'throttle':
          return answer(res, 400, 'ProvisionedThroughputExceededException', 'The level of configured provisioned throughput for the table was exceeded.');
        case 'fail':
          return answer(res, 500, 'InternalServerError', 'Internal server error');
        case 'reset':
          req.socket.destroy();
          return;
        case 'delay':
          await sleep(fault.ms);
          break;
      }
      const answered = await pass(agent, upstream, req, body);
      if (fault.kind === 'late') await sleep(fault.ms);
      if (res.destroyed) return;
      res.writeHead(answered.status, answered.headers);
      res.end(answered.body);
    } catch {
      req.socket.destroy();
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    set: (next) => void (rule = next),
    reset: () => {
      rule = () => PASS;
      calls.length = 0;
    },
    count: (operation) => calls.filter((call) => call.operation === operation).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        sockets.forEach((socket) => socket.destroy());
        waits.forEach((done) => done());
        agent.destroy();
      }),
  };
}
