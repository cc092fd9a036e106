import { defineConfig } from "vitest/config"

// The repository's own checks (docs that must stay true), run by `npm test` beside the workspaces' suites.
export default defineConfig({ test: { include: ["scripts/checks/**/*.test.ts"], root: "." } })
