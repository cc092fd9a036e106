import { createHash, randomBytes } from "node:crypto"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { inject } from "vitest"
import { seedDemoData } from "../src/scripts/seed/index"
import { TemplateClaim } from "./seeded-template"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/**
 * Medusa's integration test runner. With `seeded`, the file's database starts as a copy of the run's demo seed
 * (./seeded-template.ts: made by the first file that asks, with this file's `env`), so the suite's own
 * `seedDemoData` finds everything there and only reads it back. For files whose tests begin from the demo data.
 */
export function integrationRunner(options: RunnerOptions & { seeded?: boolean }) {
  const { seeded, ...runnerOptions } = options
  if (!seeded) return medusaIntegrationTestRunner(runnerOptions)

  const env = JSON.stringify(Object.entries(runnerOptions.env ?? {}).sort())
  const claim = new TemplateClaim(
    inject("seededTemplatePrefix") + createHash("sha256").update(env).digest("hex").slice(0, 12),
  )
  // Short: the runner snapshots it before each test as this name + "-template", within PostgreSQL's 63 bytes.
  const dbName = `fengshou-test-${randomBytes(8).toString("hex")}`
  beforeAll(async () => {
    // Before the runner's own setup, which then finds the database made, migrated and linked, and checks it.
    if (await claim.ready()) await claim.copyTo(dbName)
  })
  afterAll(() => claim.release())

  return medusaIntegrationTestRunner({
    ...runnerOptions,
    dbName,
    testSuite: (suite) => {
      beforeAll(async () => {
        if (!claim.making) return
        await seedDemoData(suite.getContainer(), { staticDir: mkdtempSync(path.join(tmpdir(), "fengshou-static-")) })
        await suite.utils.waitWorkflowExecutions()
        await claim.capture(dbName)
      })
      runnerOptions.testSuite(suite)
    },
  })
}
