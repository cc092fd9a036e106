// Runs in the browser before any of the app's modules. zod compiles object parsers with `new Function` when it can,
// and probes for that at the first z.object it builds; our CSP forbids eval (src/lib/security-headers.ts), so the
// probe fails (zod falls back) but is reported as a violation on every page. jitless skips the probe.
// Only zod's core `config` is imported (zod has no side effects, so the bundler keeps just that): importing `z` here
// would put all of zod (56 KB gzip) in every page's first download, for the few pages whose forms use it. The setting
// lives in core's one shared globalConfig, so it holds for the zod those pages load later.
import { config } from "zod/v4/core"

config({ jitless: true })
