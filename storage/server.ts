/**
 * The background's request handler: checks who is asking, validates every payload against its schema,
 * runs it, and always answers with an ApiResult. Never throws to the caller, never half-applies a write
 * (each write is one Dexie transaction).
 */
import { z } from 'zod';
import type { ApiResult, ChangeSignal, ErrorCode, RequestResults, RequestType } from './api';
import { requestSchemas } from './schemas';
import * as repo from './contacts';
import type { BoundariesDb } from './db';
import type { Settings } from './model';
import { normalizeProfileRef, type ProfileKey } from './profile-id';
import { SearchIndex } from './search';

export interface Sender {
  id?: string;
  url?: string;
}

export interface ServerDeps {
  db: BoundariesDb;
  extensionId: string;
  /** Tells every context a write happened (the background writes a storage.local key). */
  notify?: (change: Omit<ChangeSignal, 'seq' | 'at'>) => void;
}

/** The message to show for a payload larger than any legitimate request. */
const MAX_MESSAGE_CHARS = 20_000_000;

class RequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function key(ref: string): ProfileKey {
  const normalized = normalizeProfileRef(ref);
  if (!normalized) throw new RequestError('bad-request', `Not a LinkedIn profile id or URL: ${JSON.stringify(ref.slice(0, 200))}`);
  return normalized;
}

function keys(refs: string[]): ProfileKey[] {
  return refs.map(key);
}

function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`)
    .join('; ');
}

type Handlers = { [T in RequestType]: (payload: z.output<(typeof requestSchemas)[T]>) => Promise<RequestResults[T]> };

export function createServer({ db, extensionId, notify = () => {} }: ServerDeps) {
  const search = new SearchIndex(db);
  const changed = (contacts: string[], settings = false) => {
    search.invalidate();
    notify({ contacts, settings });
  };

  const handlers: Handlers = {
    getContact: ({ ref }) => repo.getContact(db, key(ref)),
    lookupContacts: async ({ refs }) => {
      // Invalid refs answer null rather than failing the whole batch: a page can hold odd links.
      const valid = refs.flatMap((ref) => {
        const normalized = normalizeProfileRef(ref);
        return normalized ? [[ref, normalized] as const] : [];
      });
      const byKey = await repo.lookupContacts(db, valid.map(([, k]) => k));
      const result: RequestResults['lookupContacts'] = {};
      for (const ref of refs) result[ref] = null;
      for (const [ref, k] of valid) result[ref] = byKey[k] ?? null;
      return result;
    },
    saveContact: async ({ ref, identity, patch }) => {
      const contact = await repo.saveContact(db, key(ref), identity && { ...identity, aliases: keys(identity.aliases) }, patch);
      changed([contact.id]);
      return contact;
    },
    deleteContact: async ({ ref }) => {
      const deleted = await repo.deleteContact(db, key(ref));
      if (deleted) changed([deleted.contact.id]);
      return deleted;
    },
    restoreContact: async ({ contact, notes }) => {
      const restored = await repo.restoreContact(db, { ...contact, aliases: keys(contact.aliases), id: key(contact.id) }, notes);
      changed([restored.id]);
      return restored;
    },
    searchContacts: (query) => search.search(query),
    listTags: () => repo.listTags(db),
    listNotes: ({ ref }) => repo.listNotes(db, key(ref)),
    addNote: async ({ ref, text, identity }) => {
      const result = await repo.addNote(db, key(ref), text, identity && { ...identity, aliases: keys(identity.aliases) });
      changed([result.contact.id]);
      return result;
    },
    updateNote: async ({ id, text }) => {
      const note = await repo.updateNote(db, id, text);
      if (!note) throw new RequestError('not-found', `No note with id ${id}`);
      changed([note.contactId]);
      return note;
    },
    deleteNote: async ({ id }) => {
      const note = await repo.deleteNote(db, id);
      if (note) changed([note.contactId]);
      return note;
    },
    restoreNote: async ({ note }) => {
      const restored = await repo.restoreNote(db, note);
      if (!restored) throw new RequestError('not-found', 'The note’s contact no longer exists');
      changed([restored.contactId]);
      return restored;
    },
    recordInteraction: async ({ refs }) => {
      const updated = await repo.recordInteraction(db, keys(refs));
      if (updated.length) changed(updated.map((c) => c.id));
      return { updated: updated.length };
    },
    getSettings: () => repo.getSettings(db),
    updateSettings: async ({ patch }) => {
      const settings = await repo.updateSettings(db, patch as Partial<Settings>);
      changed([], true);
      return settings;
    },
    logEvent: async ({ type, choice, categories, ref }) => {
      const event = await repo.logEvent(db, {
        type,
        at: Date.now(),
        ...(choice && { choice }),
        ...(categories && { categories }),
        ...(ref && { contactId: key(ref) }),
      });
      return event;
    },
    eventSummary: () => repo.eventSummary(db),
  };

  async function handle(message: unknown, sender: Sender): Promise<ApiResult<unknown>> {
    try {
      if (sender.id !== extensionId) return fail('forbidden', 'Requests are only answered for Boundaries itself');
      if (typeof message !== 'object' || message === null || (message as { boundaries?: unknown }).boundaries !== 1) {
        return fail('bad-request', 'Not a Boundaries request: expected {boundaries: 1, type, payload}');
      }
      const { type, payload } = message as { type?: unknown; payload?: unknown };
      if (typeof type !== 'string' || !Object.hasOwn(requestSchemas, type)) {
        return fail('unknown-type', `Unknown request type ${JSON.stringify(String(type).slice(0, 100))}`);
      }
      if (JSON.stringify(payload ?? null).length > MAX_MESSAGE_CHARS) return fail('too-large', 'Request is too large');
      const schema = requestSchemas[type as RequestType];
      const parsed = schema.safeParse(payload ?? {});
      if (!parsed.success) {
        const tooBig = parsed.error.issues.some((issue) => issue.code === 'too_big');
        return fail(tooBig ? 'too-large' : 'bad-request', `${type}: ${describeZodError(parsed.error)}`);
      }
      const handler = handlers[type as RequestType] as (payload: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof RequestError) return fail(error.code, error.message);
      console.error('[Boundaries] storage request failed', error);
      return fail('internal', error instanceof Error ? error.message : 'Storage request failed');
    }
  }

  return { handle, handlers };
}

function fail(code: ErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}
