// The built UI, served from memory. At start-up every regular file under the UI folder is read into a map
// keyed by its URL path; a request is answered only by an exact key, so no path (../, %2e%2e, symlinks,
// absolute paths) can ever reach a file outside the folder.
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface StaticFile {
  body: Buffer;
  gzip?: Buffer;
  type: string;
  /** Hashed asset names never change content: cache them for good. */
  immutable: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8', '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

export function loadStatic(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!existsSync(root)) return files;
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      const st = lstatSync(full); // lstat: a symlink is neither followed nor served
      if (st.isDirectory()) walk(full, `${prefix}${name}/`);
      else if (st.isFile()) {
        const body = readFileSync(full);
        const type = TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
        const f: StaticFile = { body, type, immutable: prefix.startsWith('/assets/') };
        if (body.length > 1024 && /text|json|svg/.test(type)) f.gzip = gzipSync(body, { level: 9 });
        files.set(`${prefix}${name}`, f);
      }
    }
  };
  walk(root, '/');
  const index = files.get('/index.html');
  if (index) files.set('/', index);
  return files;
}
