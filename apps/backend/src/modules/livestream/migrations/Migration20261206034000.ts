import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** An offer paused because the shelf price fell below the cooperative's live floor (reprice-live-offers.ts). */
export class Migration20261206034000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "live_session_product" add column if not exists "paused_reason" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "live_session_product" drop column if exists "paused_reason";`)
  }
}
