// Test helpers for the Lambda entry point: a cold start of lambda/index.ts, and the JSON lines it writes.
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

/** The Lambda handler's shape. */
export type Handler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

/** Loads lambda/index.ts as a fresh Lambda container would (the environment is read then). */
export function coldStart(): Handler {
  let handler: Handler | undefined;
  jest.isolateModules(() => {
    ({ handler } = jest.requireActual<{ handler: Handler }>('../../lambda/index'));
  });
  if (!handler) throw new Error('lambda/index.ts exports no handler');
  return handler;
}

/** Every line written to stdout or stderr (Lambda sends both to CloudWatch Logs) while `run` runs, parsed as JSON. */
export async function outputLines(run: () => unknown): Promise<Record<string, unknown>[]> {
  const chunks: string[] = [];
  const capture = (chunk: string | Uint8Array): boolean => {
    chunks.push(String(chunk));
    return true;
  };
  const spies = [jest.spyOn(process.stdout, 'write').mockImplementation(capture), jest.spyOn(process.stderr, 'write').mockImplementation(capture)];
  try {
    await run();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return chunks.join('').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
}
