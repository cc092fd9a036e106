// `npm test`: every workspace's vitest suites through turbo, one at a time (2-core machines), then one
// closing line that adds them up. Each workspace writes a JSON report to .test-results/<name>.json.
import { spawnSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs"
import path from "node:path"

const resultsDir = path.resolve(".test-results")
rmSync(resultsDir, { recursive: true, force: true })

const turbo = spawnSync("npx", ["turbo", "run", "test", "--concurrency=1", "--ui=stream", ...process.argv.slice(2)], {
  stdio: "inherit",
})

// The repository's own checks (ARCHITECTURE.md names only paths that exist), reported like a workspace.
const repoChecks = spawnSync(
  "npx",
  [
    "vitest",
    "run",
    "--config",
    "scripts/vitest.config.ts",
    "--reporter=default",
    "--reporter=json",
    "--outputFile.json=.test-results/repo.json",
  ],
  { stdio: "inherit" },
)

type Report = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }
let passed = 0
let failed = 0
let skipped = 0
console.log("\nTest summary by workspace:")
for (const file of existsSync(resultsDir) ? readdirSync(resultsDir).sort() : []) {
  const report = JSON.parse(readFileSync(path.join(resultsDir, file), "utf8")) as Report
  passed += report.numPassedTests
  failed += report.numFailedTests
  skipped += report.numPendingTests + report.numTodoTests
  console.log(
    `  ${file.replace(/\.json$/, "").padEnd(14)} ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
  )
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit((turbo.status ?? 1) || (repoChecks.status ?? 1))
