import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The limits an offer was outside of, so the portal and the host console can say it in their own language. */
export class Migration20261206043000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "live_session_product"
      add column if not exists "consent_floor_fen" integer null,
      add column if not exists "consent_cap_max" integer null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "live_session_product"
      drop column if exists "consent_floor_fen", drop column if exists "consent_cap_max";`)
  }
}
