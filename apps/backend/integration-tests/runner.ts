import { createHash, randomBytes } from "node:crypto"
import { mkdtempSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { inject } from "vitest"
import { seedDemoData } from "../src/scripts/seed/index"
import { dropDatabase, TemplateClaim } from "./seeded-template"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/**
 * Medusa's runner checks every module's migrations at each file's boot (`runModulesMigrations`: 2.2-2.5 s with two
 * files booting at once, a quarter of a file's setup). A database copied from this run's template was migrated by the
 * file that made it, with the same env, so on a copy the check is skipped; link sync and the search indexes still run.
 * The runner calls the step through its utils' live exports, which is where this replaces it.
 */
const runnerSteps = createRequire(__filename)("@medusajs/test-utils/dist/medusa-test-runner-utils/use-db") as {
  migrateDatabase: (...args: unknown[]) => Promise<void>
}
let fromTemplate = false
const migrateDatabase = runnerSteps.migrateDatabase
if (typeof migrateDatabase !== "function") throw new Error("@medusajs/test-utils no longer has use-db.migrateDatabase")
runnerSteps.migrateDatabase = (...args) => (fromTemplate ? Promise.resolve() : migrateDatabase(...args))

type Suite = Parameters<RunnerOptions["testSuite"]>[0]

/** One topic's tests, written as a spec file's `testSuite` would be: its own `beforeAll` fixtures, then its tests. */
export type Topic = { name: string; tests: (suite: Suite) => void }

/** A topic of its own file (`*.topic.ts`), run by a spec with others under one boot: `integrationRunner({ topics })`. */
export const topic = (name: string, tests: Topic["tests"]): Topic => ({ name, tests })

/**
 * Medusa's snapshot ends the app's connections to the database and copies it at once, but a connection ended with
 * pg_terminate_backend may still be closing: PostgreSQL then refuses the copy ("is being accessed by other users",
 * seen once in a CI run). Tried again a few times, as Medusa's own restore does for its drop.
 */
async function untilUnused(step: () => Promise<void>) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step()
    } catch (error) {
      if (attempt === 5 || !String((error as Error).message).includes("being accessed by other users")) throw error
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt))
    }
  }
}

/**
 * Several topics under one Medusa boot (each file's boot is ~20 s of a worker's time, most of the suite's: module
 * loading, the app's loaders, its database). Each topic starts from the database as the boot left it (a snapshot,
 * `<db>-base`, restored before every topic but the first), so no topic sees another's fixtures or tests; its own
 * `beforeAll` runs on that, then becomes the snapshot its tests are restored to, as in a file of its own. What is not
 * in the database (the app's in-memory caches and counters) is shared, as between a file's tests.
 */
function topicsSuite(topics: Topic[]): RunnerOptions["testSuite"] {
  return (suite) => {
    const base = () => ({ templateName: `${suite.dbConfig.dbName}-base` })
    let first = true
    for (const { name, tests } of topics) {
      describe(name, () => {
        beforeAll(async () => {
          if (first) await untilUnused(() => suite.dbUtils.snapshot(base()))
          else await untilUnused(() => suite.dbUtils.restore(base()))
          first = false
        })
        tests(suite)
        // After the topic's own beforeAll (hooks run in the order defined): its fixtures are what each test starts from.
        beforeAll(() => untilUnused(() => suite.dbUtils.snapshot()))
      })
    }
    afterAll(() => dropDatabase(base().templateName))
  }
}

/**
 * Medusa's integration test runner. With `seeded`, the file's database starts as a copy of the run's demo seed
 * (./seeded-template.ts: made by the first file that asks, with this file's `env`), so the suite's own
 * `seedDemoData` finds everything there and only reads it back. For files whose tests begin from the demo data.
 * With `topics` in place of `testSuite`, the topics' tests run under this one boot (`topicsSuite`).
 */
export function integrationRunner(
  options: (RunnerOptions | (Omit<RunnerOptions, "testSuite"> & { topics: Topic[] })) & { seeded?: boolean },
) {
  const { seeded, ...rest } = options
  const runnerOptions: RunnerOptions =
    "topics" in rest ? { ...withoutTopics(rest), testSuite: topicsSuite(rest.topics) } : rest
  if (!seeded) return medusaIntegrationTestRunner(runnerOptions)

  const env = JSON.stringify(Object.entries(runnerOptions.env ?? {}).sort())
  const claim = new TemplateClaim(
    inject("seededTemplatePrefix") + createHash("sha256").update(env).digest("hex").slice(0, 12),
  )
  // Short: the runner snapshots it before each test as this name + "-template", within PostgreSQL's 63 bytes.
  const dbName = `fengshou-test-${randomBytes(8).toString("hex")}`
  beforeAll(async () => {
    // Before the runner's own setup, which then finds the database made, migrated and linked.
    fromTemplate = await claim.ready()
    if (fromTemplate) await claim.copyTo(dbName)
  })
  afterAll(async () => {
    fromTemplate = false
    await claim.release()
  })

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

function withoutTopics<T extends { topics: Topic[] }>(options: T): Omit<T, "topics"> {
  const { topics: _, ...rest } = options
  return rest
}
