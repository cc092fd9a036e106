import { env, PUBLISHED_DEMO_PASSWORD, type Env } from "../../env"

/**
 * The password the seed gives demo logins: DEMO_PASSWORD when set (env.ts refuses a weak one in production), else
 * the published demo password, which anyone can read in the README, so production refuses to seed logins with it.
 */
export function demoPassword(from: Pick<Env, "NODE_ENV" | "DEMO_PASSWORD"> = env): string {
  if (from.DEMO_PASSWORD) return from.DEMO_PASSWORD
  if (from.NODE_ENV === "production") {
    throw new Error(
      "Refusing to seed demo logins in production with the published demo password: set DEMO_PASSWORD to a strong " +
        "secret (e.g. `openssl rand -hex 16`), or migrate a database that is already seeded.",
    )
  }
  return PUBLISHED_DEMO_PASSWORD
}
