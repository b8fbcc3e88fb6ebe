/**
 * An in-memory WebDAV server behind a `fetch` function, for unit tests of the sync engine: PROPFIND
 * (depth 1), GET, PUT (with If-None-Match: * and If-Match), MKCOL, DELETE, with folder ETags that change whenever
 * anything inside changes (as Apache's do). The end-to-end suites use the real Apache server; this one
 * lets a test run hundreds of syncs in seconds and make chosen requests fail.
 */
export class MemoryDav {
  readonly files = new Map<string, Uint8Array>();
  readonly dirs = new Map<string, number>([['/', 0]]);
  private readonly etags = new Map<string, string>();
  /** Every request, as `METHOD /path`. */
  readonly log: string[] = [];
  bytesPut = 0;
  /** Bytes of file bodies served by GET. */
  bytesGot = 0;
  /** Answers a request with this status instead of serving it, while it returns a number. */
  fail: ((method: string, path: string) => number | undefined) | undefined;
  /**
   * As Apache does: a file written within this many milliseconds has a weak ETag (`W/"…"`), and If-Match,
   * which compares strongly, matches no version of it until then.
   */
  weakEtagMs = 0;
  private readonly writtenAt = new Map<string, number>();
  private version = 0;

  constructor(readonly origin = 'https://dav.test') {}

  /** The base URL of the sync folder to give Boundaries. */
  get url(): string {
    return `${this.origin}/sync/`;
  }

  /** Files directly inside a folder (path relative to the sync folder, ending in '/'). */
  filesIn(folder: string): string[] {
    const prefix = `/sync/${folder}`;
    return [...this.files.keys()].filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'));
  }

  /** Every file's path relative to the sync folder. */
  allFiles(): string[] {
    return [...this.files.keys()].map((p) => p.slice('/sync/'.length));
  }

  totalBytes(): number {
    let n = 0;
    for (const body of this.files.values()) n += body.length;
    return n;
  }

  private isWeak(path: string): boolean {
    return Date.now() - (this.writtenAt.get(path) ?? 0) < this.weakEtagMs;
  }

  private etagOf(path: string): string {
    return `${this.isWeak(path) ? 'W/' : ''}${this.etags.get(path)!}`;
  }

  private touch(path: string) {
    this.version++;
    for (let dir = parent(path); dir; dir = parent(dir)) if (this.dirs.has(dir)) this.dirs.set(dir, this.version);
  }

  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const path = decodeURIComponent(url.pathname);
    const method = init.method ?? 'GET';
    this.log.push(`${method} ${path}`);
    const status = this.fail?.(method, path);
    if (status) return new Response(null, { status });
    const dirPath = path.endsWith('/') ? path : `${path}/`;
    switch (method) {
      case 'PROPFIND': {
        if (!this.dirs.has(dirPath)) return new Response(null, { status: 404 });
        const entries = [
          ...[...this.dirs].filter(([d]) => parent(d) === dirPath).map(([d, v]) => entry(d, true, `"d${v}"`, 0)),
          ...[...this.files]
            .filter(([f]) => parent(f) === dirPath)
            .map(([f, b]) => entry(f, false, this.etagOf(f), b.length)),
        ];
        const xml = `<?xml version="1.0"?><D:multistatus xmlns:D="DAV:">${entry(dirPath, true, `"d${this.dirs.get(dirPath)}"`, 0)}${entries.join('')}</D:multistatus>`;
        return new Response(xml, { status: 207 });
      }
      case 'GET': {
        const body = this.files.get(path);
        if (!body) return new Response(null, { status: 404 });
        this.bytesGot += body.length;
        return new Response(body.slice(), { status: 200, headers: { etag: this.etagOf(path) } });
      }
      case 'PUT': {
        if (!this.dirs.has(parent(path))) return new Response(null, { status: 409 });
        const headers = new Headers(init.headers);
        if (headers.get('If-None-Match') === '*' && this.files.has(path)) return new Response(null, { status: 412 });
        const ifMatch = headers.get('If-Match');
        if (ifMatch && (this.isWeak(path) || this.etags.get(path) !== ifMatch))
          return new Response(null, { status: 412 });
        const body =
          typeof init.body === 'string'
            ? new TextEncoder().encode(init.body)
            : new Uint8Array(init.body as ArrayBuffer);
        this.bytesPut += body.length;
        const existed = this.files.has(path);
        this.files.set(path, body);
        this.etags.set(path, `"f${++this.version}"`);
        this.writtenAt.set(path, Date.now());
        this.touch(path);
        return new Response(null, { status: existed ? 204 : 201 });
      }
      case 'MKCOL': {
        if (this.dirs.has(dirPath)) return new Response(null, { status: 405 });
        if (!this.dirs.has(parent(dirPath))) return new Response(null, { status: 409 });
        this.dirs.set(dirPath, ++this.version);
        this.touch(dirPath);
        return new Response(null, { status: 201 });
      }
      case 'DELETE': {
        if (this.files.delete(path)) {
          this.touch(path);
          return new Response(null, { status: 204 });
        }
        if (!this.dirs.has(dirPath)) return new Response(null, { status: 404 });
        for (const f of [...this.files.keys()]) if (f.startsWith(dirPath)) this.files.delete(f);
        for (const d of [...this.dirs.keys()]) if (d.startsWith(dirPath)) this.dirs.delete(d);
        this.touch(dirPath);
        return new Response(null, { status: 204 });
      }
    }
    return new Response(null, { status: 405 });
  };
}

function parent(path: string): string {
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  const cut = trimmed.lastIndexOf('/');
  return cut < 0 ? '' : trimmed.slice(0, cut + 1);
}

function entry(path: string, isDir: boolean, etag: string, size: number): string {
  return `<D:response><D:href>${encodeURI(path)}</D:href><D:propstat><D:prop><D:resourcetype>${isDir ? '<D:collection/>' : ''}</D:resourcetype><D:getetag>${etag}</D:getetag><D:getcontentlength>${size}</D:getcontentlength></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>`;
}
