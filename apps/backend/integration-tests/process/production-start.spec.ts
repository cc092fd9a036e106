// `medusa start` in production refuses weak secrets before it touches a database: the real command, as an operator
// runs it, with every other secret strong, so the refusal can only come from the one weak value.
import { spawnSync } from "node:child_process"
import { randomBytes } from "node:crypto"
import path from "node:path"

const backend = path.resolve(__dirname, "../..")
const strong = () => randomBytes(32).toString("hex")

function start(overrides: Record<string, string>) {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    // Nothing listens there: a start that got past the secrets would fail on the database instead, not hang.
    DATABASE_URL: "postgres://postgres@127.0.0.1:1/none",
    JWT_SECRET: strong(),
    COOKIE_SECRET: strong(),
    HOUSEHOLD_DATA_KEY: strong(),
    HOUSEHOLD_HASH_KEY: strong(),
    DEMO_PASSWORD: strong(),
    ...overrides,
  }
  const run = spawnSync("npx", ["medusa", "start"], { cwd: backend, env, encoding: "utf8", timeout: 90_000 })
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` }
}

describe("production start", () => {
  it("refuses JWT_SECRET=aaaa… (64 × a) with a message naming the variable, never the value", () => {
    const weak = "a".repeat(64)
    const { status, output } = start({ JWT_SECRET: weak })
    expect(status).not.toBe(0)
    expect(output).toMatch(/Refusing to start in production with weak secrets/)
    expect(output).toMatch(/JWT_SECRET repeats one character/)
    expect(output).not.toContain(weak)
  }, 120_000)

  it("refuses the published demo password on the seeded accounts", () => {
    const { status, output } = start({ DEMO_PASSWORD: "fengshou-demo-2025" })
    expect(status).not.toBe(0)
    expect(output).toMatch(/DEMO_PASSWORD is the published demo password/)
  }, 120_000)
})
