/**
 * A real WebDAV server for sync tests (issue 13): Apache httpd with mod_dav from Debian, started on a
 * free localhost port with its own config, data folder and basic-auth password file, stopped afterwards.
 * `startFaultProxy` puts a small Node proxy in front of it to inject failures (down, 401/403/404/507,
 * timeouts, uploads cut off halfway) and to count the bytes clients send.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createNetServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const APACHE = process.env.APACHE_PATH ?? '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';

export interface DavServer {
  /** The sync folder's URL (with a trailing slash). */
  url: string;
  port: number;
  /** The folder on disk Apache serves. */
  dataDir: string;
  user: string;
  password: string;
  /** Every file under the data folder (relative path → bytes). */
  files(): Map<string, Buffer>;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: 'OPTIONS', path: '/' }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.end();
  });
}

export async function startDavServer({ user = 'alice', password = 'correct horse battery' } = {}): Promise<DavServer> {
  if (!existsSync(APACHE)) {
    throw new Error(
      `No Apache at ${APACHE}: install it (Debian/Ubuntu: \`sudo apt-get install -y apache2 apache2-utils\`) or set APACHE_PATH.`,
    );
  }
  const root = mkdtempSync(join(tmpdir(), 'boundaries-dav-'));
  const dataDir = join(root, 'data');
  mkdirSync(join(dataDir, 'sync'), { recursive: true });
  const port = await freePort();
  execFileSync('htpasswd', ['-bcB', join(root, 'htpasswd'), user, password], { stdio: 'ignore' });
  const conf = `
ServerRoot "/etc/apache2"
ServerName localhost
Listen 127.0.0.1:${port}
PidFile ${root}/httpd.pid
ErrorLog ${root}/error.log
LogLevel warn
LoadModule mpm_event_module ${MODULES}/mod_mpm_event.so
LoadModule authz_core_module ${MODULES}/mod_authz_core.so
LoadModule authn_core_module ${MODULES}/mod_authn_core.so
LoadModule authn_file_module ${MODULES}/mod_authn_file.so
LoadModule auth_basic_module ${MODULES}/mod_auth_basic.so
LoadModule authz_user_module ${MODULES}/mod_authz_user.so
LoadModule dav_module ${MODULES}/mod_dav.so
LoadModule dav_fs_module ${MODULES}/mod_dav_fs.so
DavLockDB ${root}/DavLock
DocumentRoot ${dataDir}
Timeout 30
<Directory ${dataDir}>
  Dav On
  AuthType Basic
  AuthName "Boundaries test"
  AuthUserFile ${root}/htpasswd
  Require valid-user
</Directory>
`;
  writeFileSync(join(root, 'httpd.conf'), conf);
  execFileSync(APACHE, ['-f', join(root, 'httpd.conf'), '-k', 'start'], { stdio: 'inherit' });
  await waitFor(() => answers(port), `Apache on port ${port}`);
  return {
    url: `http://127.0.0.1:${port}/sync/`,
    port,
    dataDir,
    user,
    password,
    files() {
      const out = new Map<string, Buffer>();
      const walk = (dir: string, prefix: string) => {
        for (const name of readdirSync(dir)) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
          else out.set(`${prefix}${name}`, readFileSync(path));
        }
      };
      walk(dataDir, '');
      return out;
    },
    async stop() {
      const pidFile = join(root, 'httpd.pid');
      try {
        execFileSync(APACHE, ['-f', join(root, 'httpd.conf'), '-k', 'stop'], { stdio: 'ignore' });
        await waitFor(() => !existsSync(pidFile), 'Apache to stop');
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

export type Fault =
  | { kind: 'pass' }
  /** Connections are refused as if the server were down. */
  | { kind: 'down' }
  /** Every request answers this status. */
  | { kind: 'status'; status: number }
  /** Requests are accepted and never answered. */
  | { kind: 'hang' }
  /** PUT bodies are forwarded only halfway, then the connection breaks. */
  | { kind: 'cut-upload' };

export interface FaultProxy {
  url: string;
  port: number;
  fault: Fault;
  /** Request bytes received from clients (request line, headers, body) since the last reset. */
  bytesIn: number;
  requests: string[];
  reset(): void;
  stop(): Promise<void>;
}

/** A proxy in front of the DAV server; `fault` can be changed between requests. */
export async function startFaultProxy(target: DavServer): Promise<FaultProxy> {
  const port = await freePort();
  const sockets = new Set<Socket>();
  const proxy: FaultProxy = {
    url: `http://127.0.0.1:${port}/sync/`,
    port,
    fault: { kind: 'pass' },
    bytesIn: 0,
    requests: [],
    reset() {
      proxy.bytesIn = 0;
      proxy.requests = [];
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const fault = proxy.fault;
    proxy.requests.push(`${req.method} ${req.url}`);
    proxy.bytesIn +=
      `${req.method} ${req.url} HTTP/1.1\r\n`.length +
      req.rawHeaders.reduce((n, h, i) => n + h.length + (i % 2 ? 2 : 2), 0) +
      2;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      proxy.bytesIn += chunk.length;
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (fault.kind === 'down') return req.socket.destroy();
      if (fault.kind === 'hang') return;
      if (fault.kind === 'status') {
        res.writeHead(fault.status, { 'Content-Type': 'text/plain' });
        return res.end(`injected ${fault.status}`);
      }
      const body = Buffer.concat(chunks);
      const cut = fault.kind === 'cut-upload' && req.method === 'PUT';
      const headers = { ...req.headers, host: `127.0.0.1:${target.port}` };
      if (cut) headers['content-length'] = String(Math.floor(body.length / 2));
      const upstream = httpRequest(
        { host: '127.0.0.1', port: target.port, method: req.method, path: req.url, headers },
        (answer) => {
          if (cut) {
            answer.resume();
            return req.socket.destroy();
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => req.socket.destroy());
      upstream.end(cut ? body.subarray(0, Math.floor(body.length / 2)) : body);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return proxy;
}
