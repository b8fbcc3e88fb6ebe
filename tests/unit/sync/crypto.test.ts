/**
 * Sync's encryption (issue 13): AES-GCM-256 under a PBKDF2-SHA256 key at OWASP's iteration count, a fresh
 * IV for every file, a versioned header that is itself authenticated, and a key file that holds no secret.
 */
import { describe, expect, it } from 'vitest';
import {
  FORMAT,
  PBKDF2_ITERATIONS,
  SyncCryptoError,
  createKeyFile,
  decrypt,
  encrypt,
  importKey,
  unlock,
} from '../../../storage/sync/crypto';

describe('sync encryption', () => {
  it('every write gets a fresh IV: the same data never encrypts to the same bytes', async () => {
    const key = await importKey(crypto.getRandomValues(new Uint8Array(32)));
    const payload = { format: FORMAT, records: [{ k: 'n:1', f: {}, h: [{ v: 'same text', t: 'x' }] }] };
    const files = await Promise.all(Array.from({ length: 20 }, () => encrypt(key, payload)));
    const ivs = new Set(files.map((file) => Buffer.from(file.subarray(4, 16)).toString('hex')));
    expect(ivs.size).toBe(files.length);
    expect(new Set(files.map((file) => Buffer.from(file).toString('hex'))).size).toBe(files.length);
    for (const file of files) expect(await decrypt(key, file)).toEqual(payload);
  });

  it('the format byte is authenticated: changing it is caught, a newer one is named as such', async () => {
    const key = await importKey(crypto.getRandomValues(new Uint8Array(32)));
    const file = await encrypt(key, { format: FORMAT, records: [] });
    const older = file.slice();
    older[3] = FORMAT - 1;
    await expect(decrypt(key, older)).rejects.toMatchObject({ kind: 'undecryptable' });
    const newer = file.slice();
    newer[3] = FORMAT + 1;
    await expect(decrypt(key, newer)).rejects.toMatchObject({ kind: 'newer-format' });
    await expect(decrypt(key, file.slice(0, 20))).rejects.toBeInstanceOf(SyncCryptoError);
  });

  it('the key file holds a salt and a check value, never the passphrase or the key; only the passphrase opens it', async () => {
    const { keyFile, raw } = await createKeyFile('a passphrase for the test');
    expect(keyFile).toMatchObject({ format: FORMAT, kdf: 'PBKDF2-SHA256', iterations: PBKDF2_ITERATIONS });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const text = JSON.stringify(keyFile);
    expect(text).not.toContain('a passphrase for the test');
    expect(text).not.toContain(Buffer.from(raw).toString('base64'));
    expect(await unlock(keyFile, 'another passphrase')).toBeNull();
    expect(Buffer.from((await unlock(keyFile, 'a passphrase for the test'))!)).toEqual(Buffer.from(raw));
  });
});
