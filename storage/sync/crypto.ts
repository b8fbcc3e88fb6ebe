/**
 * End-to-end encryption for sync (WebCrypto only; runs in the background, extension pages and Node).
 *
 * - Key: PBKDF2-HMAC-SHA256 over the passphrase with a random 16-byte salt, 600,000 iterations (OWASP's
 *   2023+ recommendation for PBKDF2-SHA256), giving an AES-GCM-256 key. The salt and the iteration count
 *   are stored in clear in the sync folder's key file, so every device derives the same key.
 * - Every file: `BND` + format byte + a fresh random 12-byte IV + AES-GCM ciphertext of the gzipped JSON
 *   payload. The 4-byte header is authenticated (additional data), so a changed format byte fails.
 * - The key file carries an encrypted check value: a wrong passphrase is detected before anything is
 *   read or written.
 */
export const FORMAT = 1;
export const PBKDF2_ITERATIONS = 600_000;
const MAGIC = [0x42, 0x4e, 0x44]; // "BND"
const CHECK_TEXT = 'boundaries-sync-check';

export type CryptoFailure = 'corrupt' | 'newer-format' | 'undecryptable';

export class SyncCryptoError extends Error {
  constructor(
    readonly kind: CryptoFailure,
    message: string,
  ) {
    super(message);
    this.name = 'SyncCryptoError';
  }
}

/** The clear-text key file at the root of the sync folder. Holds no secret. */
export interface KeyFile {
  format: number;
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  /** Base64 salt. */
  salt: string;
  /** Random id of the current data folder; a passphrase change starts a new one. */
  epoch: string;
  /** Base64 encrypted check value. */
  check: string;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function randomId(bytes = 16): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function deriveKeyBytes(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations = PBKDF2_ITERATIONS,
): Promise<Uint8Array<ArrayBuffer>> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
  return new Uint8Array(bits);
}

export function importKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

export function encrypt(key: CryptoKey, payload: unknown): Promise<Uint8Array<ArrayBuffer>> {
  return encryptJson(key, JSON.stringify(payload));
}

/** Encrypts an already serialised payload (the outbox keeps its files as JSON text). */
export async function encryptJson(key: CryptoKey, json: string): Promise<Uint8Array<ArrayBuffer>> {
  const header = new Uint8Array([...MAGIC, FORMAT]);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = await pipe(new TextEncoder().encode(json), new CompressionStream('gzip'));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key, plain),
  );
  const file = new Uint8Array(header.length + iv.length + sealed.length);
  file.set(header, 0);
  file.set(iv, header.length);
  file.set(sealed, header.length + iv.length);
  return file;
}

export async function decrypt(key: CryptoKey, file: Uint8Array<ArrayBuffer>): Promise<unknown> {
  if (file.length < 4 + 12 + 16 || MAGIC.some((byte, i) => file[i] !== byte)) {
    throw new SyncCryptoError('corrupt', 'is damaged or is not a Boundaries sync file');
  }
  if (file[3]! > FORMAT)
    throw new SyncCryptoError('newer-format', `was written by a newer version of Boundaries (format ${file[3]})`);
  let plain: Uint8Array<ArrayBuffer>;
  try {
    plain = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: file.subarray(4, 16), additionalData: file.subarray(0, 4) },
        key,
        file.subarray(16),
      ),
    );
  } catch {
    throw new SyncCryptoError(
      'undecryptable',
      'cannot be decrypted: it is damaged, cut off, or written with another passphrase',
    );
  }
  try {
    return JSON.parse(new TextDecoder().decode(await pipe(plain, new DecompressionStream('gzip'))));
  } catch {
    throw new SyncCryptoError('corrupt', 'is damaged');
  }
}

/** A new key file (and its key) for a passphrase: a fresh salt and data folder. */
export async function createKeyFile(passphrase: string): Promise<{ keyFile: KeyFile; raw: Uint8Array<ArrayBuffer> }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const raw = await deriveKeyBytes(passphrase, salt);
  const check = await encrypt(await importKey(raw), CHECK_TEXT);
  return {
    keyFile: {
      format: FORMAT,
      kdf: 'PBKDF2-SHA256',
      iterations: PBKDF2_ITERATIONS,
      salt: toBase64(salt),
      epoch: randomId(8),
      check: toBase64(check),
    },
    raw,
  };
}

/** Parses a key file's text; throws a SyncCryptoError with a readable reason. */
export function parseKeyFile(text: string): KeyFile {
  let value: Partial<KeyFile>;
  try {
    value = JSON.parse(text) as Partial<KeyFile>;
  } catch {
    throw new SyncCryptoError('corrupt', 'is damaged (not JSON)');
  }
  if (typeof value.format === 'number' && value.format > FORMAT) {
    throw new SyncCryptoError('newer-format', `was written by a newer version of Boundaries (format ${value.format})`);
  }
  if (
    value.format !== FORMAT ||
    value.kdf !== 'PBKDF2-SHA256' ||
    typeof value.salt !== 'string' ||
    typeof value.check !== 'string' ||
    typeof value.epoch !== 'string' ||
    !/^[0-9a-f]{4,64}$/.test(value.epoch) ||
    typeof value.iterations !== 'number' ||
    value.iterations < 100_000 ||
    value.iterations > 10_000_000
  ) {
    throw new SyncCryptoError('corrupt', 'is damaged (missing fields)');
  }
  return value as KeyFile;
}

/** The key for `passphrase` if it is the one the key file was made with, else null. */
export async function unlock(keyFile: KeyFile, passphrase: string): Promise<Uint8Array<ArrayBuffer> | null> {
  const raw = await deriveKeyBytes(passphrase, fromBase64(keyFile.salt), keyFile.iterations);
  return (await checkKey(keyFile, raw)) ? raw : null;
}

/** Whether a stored key still opens the key file (false after a passphrase change elsewhere). */
export async function checkKey(keyFile: KeyFile, raw: Uint8Array<ArrayBuffer>): Promise<boolean> {
  try {
    return (await decrypt(await importKey(raw), fromBase64(keyFile.check))) === CHECK_TEXT;
  } catch {
    return false;
  }
}
