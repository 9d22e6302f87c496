import { z } from 'zod';

// zod would compile object parsers with `new Function`. The web app runs under a
// Content-Security-Policy without 'unsafe-eval' (apps/api/src/lib/security-headers.ts), where
// even zod's caught probe for eval is reported as a violation on every page; and validating a
// form or one request's input is nowhere near where time goes. zod reads this when a schema is
// built, so fields.ts, which every schema file imports, imports this first.
z.config({ jitless: true });
