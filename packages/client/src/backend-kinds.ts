/** Every API family the kit speaks, in the order the demo and docs list them. */
export const BACKEND_KINDS = ['noxus-v1', 'agents-v2', 'chat-api', 'ai-sdk'] as const;

/** Which API family an adapter speaks. */
export type BackendKind = (typeof BACKEND_KINDS)[number];

/** Whether `value` names one of the kit's API families. */
export function isBackendKind(value: unknown): value is BackendKind {
  return typeof value === 'string' && (BACKEND_KINDS as readonly string[]).includes(value);
}
