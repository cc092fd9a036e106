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
    fileParallelism: false,
  },
})
