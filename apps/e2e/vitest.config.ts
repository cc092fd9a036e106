import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["src/**/*.e2e.ts"],
    globalSetup: ["src/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    // Starting the stack migrates and seeds a fresh database and may build the storefront.
    hookTimeout: 600_000,
  },
})
