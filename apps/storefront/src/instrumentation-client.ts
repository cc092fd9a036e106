// Runs in the browser before any of the app's modules. zod compiles object parsers with `new Function` when it can,
// and probes for that at the first z.object it builds; our CSP forbids eval (src/lib/security-headers.ts), so the
// probe fails (zod falls back) but is reported as a violation on every page. jitless skips the probe.
import { z } from "zod"

z.config({ jitless: true })
