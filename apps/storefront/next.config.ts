import path from "node:path"
import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

// The monorepo root: standalone output must trace hoisted packages in <root>/node_modules.
const repoRoot = path.join(import.meta.dirname, "../..")

const nextConfig: NextConfig = {
  output: "standalone",
  outputFileTracingRoot: repoRoot,
  turbopack: { root: repoRoot },
  typedRoutes: true,
  poweredByHeader: false,
}

export default withNextIntl(nextConfig)
