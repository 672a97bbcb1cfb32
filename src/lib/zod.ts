import { z } from 'zod';

// The production Content-Security-Policy forbids eval. Zod would otherwise probe for it with
// new Function() when the first object schema is built, which the browser reports as a CSP
// violation. Every schema imports z from here, so this runs before any of them.
z.config({ jitless: true });

export { z };
