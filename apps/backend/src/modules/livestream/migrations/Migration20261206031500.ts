import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A live claim keeps every identity of its shopper (customer, email, shipping mobile), so the per-customer limit
 * holds for guests who change their email. Existing claims keep their one key.
 */
export class Migration20261206031500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "live_claim" add column if not exists "shopper_keys" text[] not null default '{}';`,
    )
    this.addSql(`update "live_claim" set "shopper_keys" = array["shopper_key"] where "shopper_keys" = '{}';`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_live_claim_shopper_keys" ON "live_claim" USING gin ("shopper_keys") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_live_claim_shopper_keys";`)
    this.addSql(`alter table if exists "live_claim" drop column if exists "shopper_keys";`)
  }
}
