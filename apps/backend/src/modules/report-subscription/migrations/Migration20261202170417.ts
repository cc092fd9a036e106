import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202170417 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "monthly_report" drop constraint if exists "monthly_report_subscription_id_period_from_unique";`,
    )
    this.addSql(
      `create table if not exists "report_subscription" ("id" text not null, "official_id" text not null, "region_code" text not null, "group_by" text check ("group_by" in ('region', 'cooperative', 'channel', 'category', 'month')) not null, "lang" text check ("lang" in ('zh', 'en')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "report_subscription_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_report_subscription_deleted_at" ON "report_subscription" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_report_subscription_official_id" ON "report_subscription" ("official_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "monthly_report" ("id" text not null, "official_id" text not null, "period_from" text not null, "period_to" text not null, "generated_at" timestamptz not null, "report" jsonb not null, "emailed_at" timestamptz null, "subscription_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "monthly_report_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_monthly_report_subscription_id" ON "monthly_report" ("subscription_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_monthly_report_deleted_at" ON "monthly_report" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_monthly_report_official_id" ON "monthly_report" ("official_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_monthly_report_subscription_id_period_from_unique" ON "monthly_report" ("subscription_id", "period_from") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "monthly_report" add constraint "monthly_report_subscription_id_foreign" foreign key ("subscription_id") references "report_subscription" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "monthly_report" drop constraint if exists "monthly_report_subscription_id_foreign";`,
    )

    this.addSql(`drop table if exists "report_subscription" cascade;`)

    this.addSql(`drop table if exists "monthly_report" cascade;`)
  }
}
