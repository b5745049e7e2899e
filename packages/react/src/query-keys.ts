import type { Backend } from '@agent-chat/client';

const backendIds = new WeakMap<Backend, number>();
let nextBackendId = 1;

/** A stable number per backend object, so two backends never share cached data in one QueryClient. */
function backendId(backend: Backend): number {
  let id = backendIds.get(backend);
  if (id === undefined) {
    id = nextBackendId++;
    backendIds.set(backend, id);
  }
  return id;
}

/** TanStack Query keys of everything the hooks cache, scoped per backend. */
export const queryKeys = {
  all: (backend: Backend) => ['agent-chat', backend.kind, backendId(backend)] as const,
  conversations: (backend: Backend) => [...queryKeys.all(backend), 'conversations'] as const,
  conversation: (backend: Backend, id: string) => [...queryKeys.all(backend), 'conversation', id] as const,
  history: (backend: Backend, id: string) => [...queryKeys.all(backend), 'history', id] as const,
  files: (backend: Backend, id: string) => [...queryKeys.all(backend), 'files', id] as const,
  dataFrames: (backend: Backend, id: string, numSamples: number) =>
    [...queryKeys.all(backend), 'data-frames', id, numSamples] as const,
  dataFrame: (backend: Backend, id: string, name: string, shape: string) =>
    [...queryKeys.all(backend), 'data-frame', id, name, shape] as const,
  inbox: (backend: Backend) => [...queryKeys.all(backend), 'inbox'] as const,
};
