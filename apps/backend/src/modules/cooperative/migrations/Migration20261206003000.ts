import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The village collective's share (村集体分成, basis points of net sales) on a cooperative and a product's override. */
export class Migration20261206003000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative" add column if not exists "collective_bps" integer null;`)
    this.addSql(`alter table if exists "product_benefit" add column if not exists "collective_bps" integer null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cooperative" drop column if exists "collective_bps";`)
    this.addSql(`alter table if exists "product_benefit" drop column if exists "collective_bps";`)
  }
}
