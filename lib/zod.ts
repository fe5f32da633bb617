// zod, set up once for an extension. `zod/mini` rather than classic zod: its schemas are plain
// functions that tree-shake, so each bundle carries only the validators it uses. No code
// generation: an extension's content security policy forbids building functions at run time.
// Mini's parsers never do, and `jitless` keeps it that way should one start to. No English
// error locale: issues keep their code and path, all Sidecoach reads to word its own messages,
// and their message is zod's generic "Invalid input" unless a schema names its own. Import `z`
// from here, never from 'zod' or 'zod/mini' directly (lint enforces it).
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
