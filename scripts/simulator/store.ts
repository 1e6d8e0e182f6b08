// The simulator's persistence: dynalite in-process with its data on disk, and the skill's DynamoDB adapter on it.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoPersistenceAdapter } from '../../lambda/persistence';
import { createLocalClient, ensureTable, startDynalite } from '../local-dynamo';

/** The user table's name in the local store. */
export const LOCAL_TABLE = 'sciatica-routine-users';

/** The running store: the adapter to build the skill with, and how to shut it down. */
export interface LocalStore {
  readonly adapter: DynamoPersistenceAdapter;
  close(): Promise<void>;
}

/** The local store cannot be used (its folder is in use, or holds something else). */
export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** The file naming the simulator process that has the store open (LevelDB allows one process). */
const PID_FILE = 'simulator.pid';
/** Files LevelDB (dynalite's disk format) and the simulator write (Alexa's own state too); --fresh deletes nothing else. */
const STORE_FILE = /^(CURRENT|LOCK|LOG|LOG\.old|MANIFEST-\d+|\d+\.(log|ldb|sst|dbtmp)|simulator\.pid|alexa-state\.json)$/;

/** True while a process with this id runs. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The id of another live simulator that has the store in `dir` open, or null. */
function holderOf(dir: string): number | null {
  const file = join(dir, PID_FILE);
  const holder = existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : NaN;
  return Number.isInteger(holder) && holder !== process.pid && alive(holder) ? holder : null;
}

/**
 * Claims the store for this process, or throws if another live simulator has it: dynalite would otherwise
 * crash on LevelDB's lock. A file left by a simulator that died is taken over. Returns the release function.
 */
function claim(dir: string): () => void {
  const holder = holderOf(dir);
  if (holder !== null) {
    throw new StoreError(`The local store in ${dir} is in use by another simulator (process ${holder}). Close it, or pass --data-dir <another folder> (if no simulator runs, delete ${join(dir, PID_FILE)}).`);
  }
  mkdirSync(dir, { recursive: true });
  const file = join(dir, PID_FILE);
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

/** Deletes the local store in `dir`; refuses if the folder holds files that are not a store. */
export function wipeStore(dir: string): void {
  if (!existsSync(dir)) return;
  const strangers = readdirSync(dir).filter((name) => !STORE_FILE.test(name));
  if (strangers.length > 0) {
    throw new StoreError(`Refusing to wipe ${dir}: it holds files that are not a local DynamoDB store (${strangers.slice(0, 3).join(', ')}).`);
  }
  rmSync(dir, { recursive: true, force: true });
}

/** A startup failure of the store, in one sentence. */
function explain(error: unknown, dir: string): StoreError {
  const text = error instanceof Error ? error.message : String(error);
  return new StoreError(`Could not open the local store in ${dir}: ${text}`, { cause: error });
}

/** Starts dynalite on `dir` (wiped first when `fresh`), makes sure the user table exists, and builds the adapter. */
export async function openLocalStore(dir: string, fresh: boolean): Promise<LocalStore> {
  let release = claim(dir);
  if (fresh) {
    wipeStore(dir);
    release = claim(dir);
  }
  const server = await startDynalite({ path: dir }).catch((error: unknown) => {
    release();
    throw explain(error, dir);
  });
  const client = createLocalClient(server.endpoint);
  const close = async (): Promise<void> => {
    client.destroy();
    await server.close();
    release();
  };
  try {
    await ensureTable(client, LOCAL_TABLE);
  } catch (error) {
    await close();
    throw explain(error, dir);
  }
  return { adapter: new DynamoPersistenceAdapter({ client, tableName: LOCAL_TABLE }), close };
}
