import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Holds (库存预扣): a claim taken at the shopper's first click runs until `expires_at`; the release job and every
 * claim on the same offer find the expired ones through the partial index.
 */
export class Migration20261206060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "live_claim" add column if not exists "expires_at" timestamptz null;`)
    this.addSql(`create index if not exists "IDX_live_claim_hold_expiry" on "live_claim" ("expires_at")
      where "order_id" is null and "expires_at" is not null and "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_live_claim_hold_expiry";`)
    this.addSql(`alter table if exists "live_claim" drop column if exists "expires_at";`)
  }
}
