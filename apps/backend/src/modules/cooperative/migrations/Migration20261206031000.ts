import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Sign-up and review (#15): the licence uploaded at sign-up, the status `rejected` (the operator's reason stays in
 * status_reason), and what was approved before a rename sent the cooperative back to review.
 */
export class Migration20261206031000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative" add column if not exists "licence_url" text null;`)
    this.addSql(`alter table if exists "cooperative" add column if not exists "previous_identity" jsonb null;`)
    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_status_check";`)
    this.addSql(
      `alter table if exists "cooperative" add constraint "cooperative_status_check" check ("status" in ('pending', 'rejected', 'approved', 'suspended'));`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`update "cooperative" set "status" = 'pending' where "status" = 'rejected';`)
    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_status_check";`)
    this.addSql(
      `alter table if exists "cooperative" add constraint "cooperative_status_check" check ("status" in ('pending', 'approved', 'suspended'));`,
    )
    this.addSql(`alter table if exists "cooperative" drop column if exists "previous_identity";`)
    this.addSql(`alter table if exists "cooperative" drop column if exists "licence_url";`)
  }
}
