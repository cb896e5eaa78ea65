import { z } from 'zod';

// The Content-Security-Policy (vite.config.ts) forbids eval. zod probes for it with
// `Function('')` before its first parse, and the blocked probe is reported as a CSP
// violation; jitless skips the probe and uses the interpreter zod would fall back to.
z.config({ jitless: true });
