/**
 * A minimal WebDAV client over fetch: PROPFIND (depth 1), GET, PUT, MKCOL, DELETE with basic auth.
 * Every failure becomes a DavError whose message says what happened in words, and whether retrying
 * later can help. Counts the bytes it sends and receives (for the bench and the status line).
 */
export type DavFailure =
  | 'offline'
  | 'timeout'
  | 'auth'
  | 'forbidden'
  | 'not-found'
  | 'full'
  | 'server'
  | 'conflict'
  | 'exists'
  | 'bad-response';

export class DavError extends Error {
  constructor(
    readonly kind: DavFailure,
    message: string,
    readonly status = 0,
  ) {
    super(message);
    this.name = 'DavError';
  }

  /** Worth trying again later without the user changing anything. */
  get retryable(): boolean {
    return this.kind === 'offline' || this.kind === 'timeout' || this.kind === 'server' || this.kind === 'full';
  }
}

export interface DavEntry {
  /** The last path segment, decoded. */
  name: string;
  isDir: boolean;
  etag: string;
  size: number;
}

export interface DavOptions {
  base: string;
  user: string;
  password: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

function describe(status: number, what: string): DavError {
  if (status === 401)
    return new DavError(
      'auth',
      `The server refused the user name or password (401) while ${what}. Check them and turn sync on again.`,
      status,
    );
  if (status === 403)
    return new DavError(
      'forbidden',
      `The server does not allow this account to write to the sync folder (403) while ${what}.`,
      status,
    );
  if (status === 404 || status === 410)
    return new DavError(
      'not-found',
      `The sync folder was not found on the server (${status}) while ${what}. Check the server address.`,
      status,
    );
  if (status === 507)
    return new DavError(
      'full',
      'The server is out of storage space (507). Free some space there; Boundaries will try again.',
      status,
    );
  if (status === 409)
    return new DavError(
      'conflict',
      `The server refused to create a folder (409) while ${what}: does the parent folder exist?`,
      status,
    );
  if (status === 412)
    return new DavError('exists', `The file changed on the server meanwhile (412) while ${what}.`, status);
  if (status >= 500) return new DavError('server', `The server had a problem (${status}) while ${what}.`, status);
  return new DavError('bad-response', `The server answered ${status} while ${what}.`, status);
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, code: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[code.toLowerCase()]) return named[code.toLowerCase()]!;
    return String.fromCodePoint(
      code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10),
    );
  });
}

/** Parses a PROPFIND multistatus without DOMParser (service workers have none). */
export function parseMultistatus(xml: string): { href: string; isDir: boolean; etag: string; size: number }[] {
  const entries = [];
  for (const [block] of xml.matchAll(/<(?:[\w-]+:)?response\b[\s\S]*?<\/(?:[\w-]+:)?response>/g)) {
    const href = /<(?:[\w-]+:)?href\b[^>]*>([\s\S]*?)<\/(?:[\w-]+:)?href>/.exec(block)?.[1];
    if (href === undefined) continue;
    // A 404 propstat (a property the server does not have) must not count as having it.
    const ok = block.replace(/<(?:[\w-]+:)?propstat\b[\s\S]*?<\/(?:[\w-]+:)?propstat>/g, (stat) =>
      /<(?:[\w-]+:)?status>[^<]*\s2\d\d\s/.test(stat) ? stat : '',
    );
    const etag = /<(?:[\w-]+:)?getetag\b[^>]*>([\s\S]*?)<\/(?:[\w-]+:)?getetag>/.exec(ok)?.[1] ?? '';
    const size = Number(/<(?:[\w-]+:)?getcontentlength\b[^>]*>(\d+)</.exec(ok)?.[1] ?? 0);
    entries.push({
      href: decodeEntities(href.trim()),
      isDir: /<(?:[\w-]+:)?collection\b/.test(ok),
      etag: decodeEntities(etag.trim()),
      size,
    });
  }
  return entries;
}

export class WebDav {
  bytesSent = 0;
  bytesReceived = 0;
  private readonly base: URL;
  private readonly auth: string;
  private readonly timeoutMs: number;
  private readonly fetch: typeof fetch;

  constructor(options: DavOptions) {
    const base = new URL(options.base);
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    this.base = base;
    const bytes = new TextEncoder().encode(`${options.user}:${options.password}`);
    this.auth = `Basic ${btoa(String.fromCharCode(...bytes))}`;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.fetch = options.fetch ?? ((...args) => fetch(...args));
  }

  url(path: string): string {
    return new URL(path.split('/').map(encodeURIComponent).join('/'), this.base).href;
  }

  private async send(
    method: string,
    path: string,
    what: string,
    init: { headers?: Record<string, string>; body?: BodyInit & { length?: number; byteLength?: number } } = {},
  ): Promise<Response> {
    const headers = { Authorization: this.auth, ...init.headers };
    // What goes over the wire, roughly: request line, headers, body.
    this.bytesSent +=
      method.length +
      this.url(path).length +
      12 +
      Object.entries(headers).reduce((n, [k, v]) => n + k.length + v.length + 4, 0) +
      (typeof init.body === 'string' ? new TextEncoder().encode(init.body).length : (init.body?.byteLength ?? 0));
    let response: Response;
    try {
      response = await this.fetch(this.url(path), {
        method,
        headers,
        body: init.body,
        signal: AbortSignal.timeout(this.timeoutMs),
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'follow',
      });
    } catch (error) {
      if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
        throw new DavError(
          'timeout',
          `The server did not answer within ${Math.round(this.timeoutMs / 1000)} s while ${what}.`,
        );
      }
      throw new DavError('offline', `Could not reach the server while ${what} (offline, or the server is down).`);
    }
    return response;
  }

  private async read(response: Response, what: string): Promise<Uint8Array<ArrayBuffer>> {
    try {
      const bytes = new Uint8Array(await response.arrayBuffer());
      this.bytesReceived += bytes.length;
      return bytes;
    } catch (error) {
      if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
        throw new DavError(
          'timeout',
          `The server did not finish answering within ${Math.round(this.timeoutMs / 1000)} s while ${what}.`,
        );
      }
      throw new DavError('offline', `The connection broke while ${what}.`);
    }
  }

  /** The folder's entries (not the folder itself), or null if the folder does not exist. */
  async list(path: string): Promise<DavEntry[] | null> {
    const what = 'listing the sync folder';
    const body =
      '<?xml version="1.0" encoding="utf-8"?><propfind xmlns="DAV:"><prop><resourcetype/><getetag/><getcontentlength/></prop></propfind>';
    const response = await this.send('PROPFIND', path, what, {
      headers: { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' },
      body,
    });
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (response.status !== 207) {
      await response.body?.cancel();
      throw describe(response.status, what);
    }
    const xml = new TextDecoder().decode(await this.read(response, what));
    const self = new URL(this.url(path)).pathname.replace(/\/$/, '');
    return parseMultistatus(xml).flatMap((entry) => {
      const pathname = new URL(entry.href, this.base).pathname.replace(/\/$/, '');
      if (pathname === self || decodeURIComponent(pathname) === decodeURIComponent(self)) return [];
      const name = decodeURIComponent(pathname.slice(pathname.lastIndexOf('/') + 1));
      return [{ name, isDir: entry.isDir, etag: entry.etag, size: entry.size }];
    });
  }

  async get(path: string): Promise<{ body: Uint8Array<ArrayBuffer>; etag: string } | null> {
    const what = 'downloading a sync file';
    const response = await this.send('GET', path, what);
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw describe(response.status, what);
    }
    return { body: await this.read(response, what), etag: response.headers.get('etag') ?? '' };
  }

  /**
   * Writes a file; `create` refuses to replace an existing one (If-None-Match: *), `ifMatch` replaces only
   * the version with that ETag (If-Match): either way a file another device wrote meanwhile answers 412.
   */
  async put(
    path: string,
    body: Uint8Array<ArrayBuffer> | string,
    { create = false, ifMatch = '', type = 'application/octet-stream' } = {},
  ): Promise<void> {
    const what = 'uploading a sync file';
    const response = await this.send('PUT', path, what, {
      headers: {
        'Content-Type': type,
        ...(create && { 'If-None-Match': '*' }),
        ...(ifMatch && { 'If-Match': ifMatch }),
      },
      body,
    });
    await response.body?.cancel();
    if (!response.ok) throw describe(response.status, what);
  }

  /** Creates a folder; an existing one is fine. */
  async mkcol(path: string): Promise<void> {
    const what = 'creating a sync folder';
    // '' is the sync folder itself: its URL already ends with '/'.
    const response = await this.send('MKCOL', path === '' || path.endsWith('/') ? path : `${path}/`, what);
    await response.body?.cancel();
    // 405: it already exists.
    if (!response.ok && response.status !== 405) throw describe(response.status, what);
  }

  async delete(path: string): Promise<void> {
    const what = 'removing an old sync file';
    const response = await this.send('DELETE', path, what);
    await response.body?.cancel();
    if (!response.ok && response.status !== 404) throw describe(response.status, what);
  }
}
