import * as z from 'zod/mini';

// zod/mini: the same validation as zod with functions instead of methods, about a fifth of the size.
// The production Content-Security-Policy forbids eval. Zod would otherwise probe for it with
// new Function() when the first object schema is built, which the browser reports as a CSP
// violation. Every schema imports z from here, so this runs before any of them.
z.config({ jitless: true });

export { z };
