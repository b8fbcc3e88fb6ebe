/**
 * The one place the extension imports zod from. zod 4 compiles object parsers with `new Function` (its
 * JIT) unless told not to; extension pages forbid eval under their CSP and AMO review flags it, so the
 * JIT is switched off here, before any schema exists: zod reads the setting when a schema is built.
 * wxt.config.ts also takes the Function constructor out of zod's bundled code (see `zodWithoutEval`).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
