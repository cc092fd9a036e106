import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

export default defineConfig({
  // @medusajs/js-sdk ships source maps pointing at sources it does not ship; Vite warns once per file.
  logLevel: "error",
  resolve: {
    alias: {
      "@/": fileURLToPath(new URL("./src/", import.meta.url)),
      // Next swaps this marker package at compile time; outside Next it is just an empty module.
      "server-only": "next/dist/compiled/server-only/empty.js",
    },
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
    // next-intl's ESM build imports "next/server" without an extension, which Node's own resolver refuses; bundled by
    // Vite it resolves as in Next (src/proxy.test.ts runs next-intl's middleware).
    server: { deps: { inline: ["next-intl"] } },
  },
})
