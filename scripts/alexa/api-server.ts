// A local stand-in for Alexa's own APIs, on 127.0.0.1: the Settings API's System.timeZone and the Reminders
// API, with the bearer token check Alexa does. It mints the api access token each request carries and knows
// which permissions each user granted. Faults (401, 403, 429, 500, slow) can be switched on per API.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REMINDERS_SCOPE } from '../../lambda/comeback';
import { errorBody, ReminderRequestSchema, type StoredReminder } from './api-contract';
import type { ApiOrigin } from './envelopes';

/** Which API a fault applies to. */
export type ApiName = 'settings' | 'reminders';
/** A fault: every call answers with this status, or answers after this delay. */
export type Fault = { readonly status: 401 | 403 | 429 | 500 } | { readonly delayMs: number };

/** What the stand-in remembers between runs of the simulator: permissions granted and reminders set. */
export interface ApiState {
  readonly grants: readonly (readonly [string, 'GRANTED' | 'DENIED'])[];
  readonly reminders: Readonly<Record<string, readonly StoredReminder[]>>;
}

/** One call the stand-in answered, for tests to look at. */
export interface ApiCall {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly body?: unknown;
}

const FAULT_CODES = { 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 429: 'TOO_MANY_REQUESTS', 500: 'INTERNAL_SERVER_ERROR' } as const;
const SETTINGS_PATH = /^\/v2\/devices\/([^/]+)\/settings\/System\.timeZone$/;
const REMINDERS_PATH = /^\/v1\/alerts\/reminders(?:\/([^/]+))?$/;

/** The running stand-in: its endpoint, and the state a test or the simulator sets up and looks at. */
export class LocalAlexaApi {
  readonly calls: ApiCall[] = [];
  private readonly holders = new Map<string, { userId: string; deviceId: string }>();
  private readonly tokens = new Map<string, string>();
  private readonly grants = new Map<string, 'GRANTED' | 'DENIED'>();
  private readonly zones = new Map<string, string>();
  private readonly reminders = new Map<string, Map<string, StoredReminder>>();
  private readonly faults = new Map<ApiName, Fault>();
  /** Told after each change to the permissions or reminders (the simulator saves them). */
  onChange: () => void = () => undefined;

  private readonly server: Server = createServer((req, res) => void this.handle(req, res));
  /** The base URL requests carry as their apiEndpoint, once the server listens. */
  endpoint = '';

  private constructor(private readonly defaultZone: string) {}

  /** Starts the stand-in on a free port of 127.0.0.1; devices without a zone of their own are in `defaultZone`. */
  static async start(defaultZone = 'America/Los_Angeles'): Promise<LocalAlexaApi> {
    const api = new LocalAlexaApi(defaultZone);
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    api.endpoint = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
    return api;
  }

  /** What a request from this user's device carries: the endpoint, its access token, and the permissions granted. */
  originFor(userId: string, deviceId: string): ApiOrigin {
    const key = `${userId}\n${deviceId}`;
    let token = this.tokens.get(key);
    if (!token) {
      token = `local-api-token.${randomUUID()}`;
      this.tokens.set(key, token);
      this.holders.set(token, { userId, deviceId });
    }
    const status = this.grants.get(`${userId}\n${REMINDERS_SCOPE}`);
    return { endpoint: this.endpoint, token, scopes: status ? { [REMINDERS_SCOPE]: status } : {} };
  }

  /** The user answers Alexa's permission question. */
  setPermission(userId: string, scope: string, granted: boolean): void {
    this.grants.set(`${userId}\n${scope}`, granted ? 'GRANTED' : 'DENIED');
    this.onChange();
  }

  /** The permissions and reminders, as plain JSON. */
  state(): ApiState {
    return { grants: [...this.grants], reminders: Object.fromEntries([...this.reminders].map(([user, mine]) => [user, [...mine.values()]])) };
  }

  /** Takes back permissions and reminders kept from an earlier run. */
  restore(state: ApiState): void {
    for (const [key, status] of state.grants) this.grants.set(key, status);
    for (const [user, list] of Object.entries(state.reminders)) this.reminders.set(user, new Map(list.map((r) => [r.alertToken, r])));
  }

  /** The time zone set for a device in the Alexa app (any string: a test may set one no runtime knows). */
  setTimeZone(deviceId: string, zone: string): void {
    this.zones.set(deviceId, zone);
  }

  /** The reminders the skill set for a user. */
  remindersOf(userId: string): StoredReminder[] {
    return [...(this.reminders.get(userId)?.values() ?? [])];
  }

  /** Turns a fault on for one API, or off with null. */
  setFault(api: ApiName, fault: Fault | null): void {
    if (fault) this.faults.set(api, fault);
    else this.faults.delete(api);
  }

  /** Stops the server and drops open connections. */
  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', this.endpoint).pathname;
    const method = req.method ?? 'GET';
    const send = (status: number, body?: unknown): void => {
      this.calls.push({ method, path, status, ...(body === undefined ? {} : { body }) });
      res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    const raw = await readBody(req);
    const api: ApiName | null = SETTINGS_PATH.test(path) ? 'settings' : REMINDERS_PATH.test(path) ? 'reminders' : null;
    if (!api) return send(404, errorBody('NOT_FOUND', `No such resource: ${path}`));
    const fault = this.faults.get(api);
    if (fault && 'delayMs' in fault) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (res.destroyed) return;
    if (fault && 'status' in fault) return send(fault.status, errorBody(FAULT_CODES[fault.status], 'Fault switched on in the local stand-in.'));
    const holder = this.holders.get((req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!holder) return send(401, errorBody('UNAUTHORIZED', 'The access token is missing or invalid.'));
    if (api === 'settings') {
      const deviceId = decodeURIComponent(SETTINGS_PATH.exec(path)?.[1] ?? '');
      if (deviceId !== holder.deviceId) return send(403, errorBody('FORBIDDEN', 'The token does not give access to this device.'));
      return method === 'GET' ? send(200, this.zones.get(deviceId) ?? this.defaultZone) : send(405, errorBody('METHOD_NOT_ALLOWED', method));
    }
    if (this.grants.get(`${holder.userId}\n${REMINDERS_SCOPE}`) !== 'GRANTED') {
      return send(401, errorBody('UNAUTHORIZED', 'The user has not granted the reminders permission.'));
    }
    const [status, body] = this.reminderCall(holder.userId, method, REMINDERS_PATH.exec(path)?.[1], raw);
    if (method !== 'GET' && status === 200) this.onChange();
    return send(status, body);
  }

  /** The Reminders API itself: create, list, get, update and delete a user's reminders. */
  private reminderCall(userId: string, method: string, alertToken: string | undefined, raw: string): [number, unknown?] {
    const mine = this.reminders.get(userId) ?? new Map<string, StoredReminder>();
    this.reminders.set(userId, mine);
    const now = new Date().toISOString();
    if (method === 'GET' && !alertToken) return [200, { totalCount: String(mine.size), alerts: [...mine.values()], links: null }];
    const existing = alertToken ? mine.get(alertToken) : undefined;
    if (alertToken && !existing) return [404, errorBody('NOT_FOUND', `No reminder ${alertToken}`)];
    if (method === 'GET' && existing) return [200, existing];
    if (method === 'DELETE' && existing) {
      mine.delete(existing.alertToken);
      return [200];
    }
    if ((method === 'POST' && !alertToken) || (method === 'PUT' && existing)) {
      const parsed = ReminderRequestSchema.safeParse(safeJson(raw));
      if (!parsed.success) return [400, errorBody('INVALID_REQUEST', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))];
      const token = existing?.alertToken ?? randomUUID();
      const version = String(Number(existing?.version ?? 0) + 1);
      const stored: StoredReminder = { ...parsed.data, alertToken: token, createdTime: existing?.createdTime ?? now, updatedTime: now, status: 'ON', version };
      mine.set(token, stored);
      return [200, { alertToken: token, createdTime: stored.createdTime, updatedTime: now, status: 'ON', version, href: `/v1/alerts/reminders/${token}` }];
    }
    return [405, errorBody('METHOD_NOT_ALLOWED', method)];
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
