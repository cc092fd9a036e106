import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    globals: true,
    // Medusa require()s medusa-config.ts and the project's TypeScript, hence forks + ts-node.
    pool: "forks",
    execArgv: ["-r", "ts-node/register"],
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "integration-tests/**/*.spec.ts"],
    globalSetup: ["integration-tests/setup-database.ts"],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // Two files at a time: every spec boots its own Medusa on its own database (a ulid name) and port, and its stubs
    // (SMTP, Stripe, Meilisearch, storefront) listen on free ports, so files share nothing but the machine. On two
    // cores the backend suite took 15.5 min of wall time while its files' own times summed to 27 min (2026-12-02).
    fileParallelism: true,
    maxWorkers: 2,
  },
})
