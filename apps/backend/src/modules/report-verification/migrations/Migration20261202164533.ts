import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202164533 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "report_verification" drop constraint if exists "report_verification_code_unique";`,
    )
    this.addSql(
      `create table if not exists "report_verification" ("id" text not null, "code" text not null, "official_id" text not null, "organisation" text not null, "region" text not null, "region_label" text not null, "period_from" text not null, "period_to" text not null, "group_by" text not null, "lang" text not null, "format" text not null, "issued_at" timestamptz not null, "figures" jsonb not null, "fingerprint" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "report_verification_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_report_verification_code_unique" ON "report_verification" ("code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_report_verification_deleted_at" ON "report_verification" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_report_verification_official_id" ON "report_verification" ("official_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "report_verification" cascade;`)
  }
}
