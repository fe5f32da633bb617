// zod, set up once for an extension: no code generation. zod's faster parsers build functions
// at run time, which an extension's content security policy forbids; asking would log a CSP
// error in every page. Import `z` from here, never from 'zod' directly (lint enforces it).
import { z } from 'zod';

z.config({ jitless: true });

export { z };
