// Asking for a permission by voice: the AskFor request Alexa turns into its own question, and what its
// Connections.Response says the user answered. Pure.
import type { interfaces } from 'ask-sdk-model';
import * as z from 'zod/mini';

/** The name of Alexa's permission task, in the directive and in its response. */
export const ASK_FOR = 'AskFor';

/** The Connections.SendRequest directive asking the user, by voice, for a permission scope. Pure. */
export function askForPermissionDirective(scope: string): interfaces.connections.SendRequestDirective {
  return {
    type: 'Connections.SendRequest',
    name: ASK_FOR,
    payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: scope },
    token: scope,
  };
}

/** The user's answer, or `unavailable` when Alexa could not ask (voice consent is not available there). */
export type ConsentAnswer = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED' | 'unavailable';

const ConsentStatus = z.enum(['ACCEPTED', 'DENIED', 'NOT_ANSWERED']);

const ResponseSchema = z.object({
  type: z.literal('Connections.Response'),
  name: z.literal(ASK_FOR),
  status: z.optional(z.object({ code: z.union([z.string(), z.number()]) })),
  payload: z.optional(
    z.object({
      // Version 1 answers with one scope and its status; version 2 with a map of scopes.
      status: z.optional(z.string()),
      permissionScope: z.optional(z.string()),
      permissions: z.optional(z.record(z.string(), z.object({ status: z.string() }))),
    }),
  ),
});

/** True when a request is the answer to an AskFor. Pure. */
export function isConsentResponse(request: unknown): boolean {
  return ResponseSchema.safeParse(request).success;
}

/** The answer to the AskFor for `scope` in a Connections.Response request. Pure. */
export function consentAnswer(request: interfaces.connections.ConnectionsResponse | unknown, scope: string): ConsentAnswer {
  const parsed = ResponseSchema.safeParse(request);
  if (!parsed.success || Number(parsed.data.status?.code ?? 0) !== 200) return 'unavailable';
  const payload = parsed.data.payload;
  const status = payload?.permissions?.[scope]?.status ?? payload?.status;
  const answer = ConsentStatus.safeParse(status);
  return answer.success ? answer.data : 'NOT_ANSWERED';
}
