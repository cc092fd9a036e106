import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Certificates per product or lot, and the operator's verification (核验). */
export class Migration20261206032000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_certification" add column if not exists "product_id" text null;`)
    this.addSql(`alter table if exists "cooperative_certification" add column if not exists "lot_id" text null;`)
    this.addSql(
      `alter table if exists "cooperative_certification" add column if not exists "verified_at" timestamptz null;`,
    )
    this.addSql(`alter table if exists "cooperative_certification" add column if not exists "verified_by" text null;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_certification_product_id" ON "cooperative_certification" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_certification_lot_id" ON "cooperative_certification" ("lot_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_cooperative_certification_product_id";`)
    this.addSql(`drop index if exists "IDX_cooperative_certification_lot_id";`)
    for (const column of ["product_id", "lot_id", "verified_at", "verified_by"]) {
      this.addSql(`alter table if exists "cooperative_certification" drop column if exists "${column}";`)
    }
  }
}
