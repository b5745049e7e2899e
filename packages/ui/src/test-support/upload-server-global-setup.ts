/**
 * Starts the mock server over HTTP for the ui-browser tests that need a real network: upload
 * progress comes from XMLHttpRequest, which cannot reach the in-process mock. Uploads are read at
 * 4 MB/s, so that a multi-megabyte file reports progress on a local connection.
 */
import { startMockServer } from '@agent-chat/mock-server/node';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the mock server (any origin may call it); agents v2 is under `/api/v2`. */
    uploadServerUrl: string;
  }
}

/** Upload bytes per second the mock reads. */
export const UPLOAD_BYTES_PER_SECOND = 4 * 1024 * 1024;

export default async function setup(project: TestProject) {
  const server = await startMockServer({
    port: 0,
    anyOrigin: true,
    uploadBytesPerSecond: UPLOAD_BYTES_PER_SECOND,
  });
  project.provide('uploadServerUrl', server.url);
  return () => server.close();
}
