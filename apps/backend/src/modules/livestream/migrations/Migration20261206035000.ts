import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The cooperative's consent to a live offer outside its floor or cap (lib/livestream/consent.ts). */
export class Migration20261206035000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "live_session_product"
      add column if not exists "consent_status" text not null default 'not_needed',
      add column if not exists "consent_note" text null,
      add column if not exists "consent_reason" text null,
      add column if not exists "approved_price_fen" integer null,
      add column if not exists "approved_cap" integer null;`)
    this.addSql(
      `alter table if exists "live_session_product" drop constraint if exists "live_session_product_consent_status_check";`,
    )
    this.addSql(`alter table if exists "live_session_product" add constraint "live_session_product_consent_status_check"
      check ("consent_status" in ('not_needed', 'pending', 'approved', 'declined'));`)
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "live_session_product" drop constraint if exists "live_session_product_consent_status_check";`,
    )
    this.addSql(`alter table if exists "live_session_product"
      drop column if exists "consent_status", drop column if exists "consent_note", drop column if exists "consent_reason",
      drop column if exists "approved_price_fen", drop column if exists "approved_cap";`)
  }
}
