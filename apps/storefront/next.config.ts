import path from "node:path"
import type { NextConfig } from "next"
import { PHASE_DEVELOPMENT_SERVER } from "next/constants"
import createNextIntlPlugin from "next-intl/plugin"
import { staticSecurityHeaders } from "./src/lib/security-headers"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

// The monorepo root: standalone output must trace hoisted packages in <root>/node_modules.
const repoRoot = path.join(import.meta.dirname, "../..")

// The phase, not the environment, tells `next dev` from a build: these headers are fixed in the build's routes
// manifest. The Content-Security-Policy depends on runtime configuration and a nonce, so src/proxy.ts sets it.
export default function config(phase: string): NextConfig {
  const securityHeaders = staticSecurityHeaders({ production: phase !== PHASE_DEVELOPMENT_SERVER })
  return withNextIntl({
    output: "standalone",
    outputFileTracingRoot: repoRoot,
    turbopack: { root: repoRoot },
    typedRoutes: true,
    poweredByHeader: false,
    headers: async () => [{ source: "/:path*", headers: securityHeaders }],
  })
}
