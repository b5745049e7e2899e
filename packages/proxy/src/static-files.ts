import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Serves a built app from a directory, with `index.html` for client-side routes. */
export type StaticFiles = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

async function fileInside(root: string, candidate: string): Promise<string | undefined> {
  try {
    // realpath follows symlinks, so a link pointing out of the directory is caught too.
    const real = await realpath(candidate);
    if (real !== root && !real.startsWith(`${root}${sep}`)) return undefined;
    return (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

/** Create a static file server for `directory`; paths that try to leave it get a 404. */
export async function createStaticFiles(directory: string): Promise<StaticFiles> {
  const root = await realpath(resolve(directory));
  if (!(await stat(root)).isDirectory()) throw new Error(`${directory} is not a directory.`);

  return async (req, res) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res
        .writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
        .end('Method not allowed');
      return;
    }
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    const refused = decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..');
    let file = refused ? undefined : await fileInside(root, resolve(root, `.${decoded}`));
    if (!file && !refused && decoded.endsWith('/'))
      file = await fileInside(root, resolve(root, `.${decoded}index.html`));
    // Client-side routes (no file extension) get the app shell.
    if (!file && !refused && extname(decoded) === '')
      file = await fileInside(root, resolve(root, 'index.html'));
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const size = (await stat(file)).size;
    res.writeHead(200, {
      'content-type': type,
      'content-length': String(size),
      'x-content-type-options': 'nosniff',
    });
    if (method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}
