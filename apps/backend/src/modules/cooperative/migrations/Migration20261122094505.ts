import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122094505 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "product_benefit" drop constraint if exists "product_benefit_product_id_unique";`,
    )
    this.addSql(
      `alter table if exists "lot_contribution" drop constraint if exists "lot_contribution_lot_id_household_id_unique";`,
    )
    this.addSql(`alter table if exists "lot" drop constraint if exists "lot_trace_code_unique";`)
    this.addSql(
      `alter table if exists "household" drop constraint if exists "household_cooperative_id_id_number_hash_unique";`,
    )
    this.addSql(`alter table if exists "household" drop constraint if exists "household_cooperative_id_code_unique";`)
    this.addSql(`alter table if exists "cooperative_staff" drop constraint if exists "cooperative_staff_email_unique";`)
    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_credit_code_unique";`)
    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_handle_unique";`)
    this.addSql(
      `create table if not exists "cooperative" ("id" text not null, "handle" text not null, "name_zh" text not null, "name_en" text not null, "credit_code" text not null, "division_code" text not null, "region" jsonb not null, "story_zh" text null, "story_en" text null, "benefit_mechanisms" text[] not null, "dividend_bps" integer null, "status" text check ("status" in ('pending', 'approved', 'suspended')) not null default 'pending', "status_reason" text null, "approved_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_handle_unique" ON "cooperative" ("handle") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_credit_code_unique" ON "cooperative" ("credit_code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_deleted_at" ON "cooperative" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_status" ON "cooperative" ("status") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_division_code" ON "cooperative" ("division_code") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "cooperative_certification" ("id" text not null, "kind" text check ("kind" in ('organic', 'organic_conversion', 'green_food', 'geographic_indication', 'selenium_test', 'trademark', 'other')) not null, "title_zh" text not null, "title_en" text null, "issuer" text null, "number" text null, "issued_on" text null, "expires_on" text null, "document_url" text null, "test_report_url" text null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_certification_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_certification_cooperative_id" ON "cooperative_certification" ("cooperative_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_certification_deleted_at" ON "cooperative_certification" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "cooperative_staff" ("id" text not null, "email" text not null, "name" text not null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_staff_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_staff_email_unique" ON "cooperative_staff" ("email") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_staff_cooperative_id" ON "cooperative_staff" ("cooperative_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_staff_deleted_at" ON "cooperative_staff" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "household" ("id" text not null, "code" text not null, "size" integer not null, "status" text check ("status" in ('registered_poor', 'monitored', 'member')) not null, "village_code" text not null, "share_weight" integer not null default 1, "name_ciphertext" text null, "id_number_hash" text null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "household_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_household_cooperative_id" ON "household" ("cooperative_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_household_deleted_at" ON "household" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_household_cooperative_id_code_unique" ON "household" ("cooperative_id", "code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_household_cooperative_id_id_number_hash_unique" ON "household" ("cooperative_id", "id_number_hash") WHERE deleted_at IS NULL AND id_number_hash IS NOT NULL;`,
    )

    this.addSql(
      `create table if not exists "lot" ("id" text not null, "trace_code" text not null, "product_id" text not null, "variant_id" text not null, "harvest_date" text not null, "quantity_g" integer not null, "certificate" jsonb not null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lot_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lot_trace_code_unique" ON "lot" ("trace_code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_lot_cooperative_id" ON "lot" ("cooperative_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_deleted_at" ON "lot" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_variant_id" ON "lot" ("variant_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_product_id" ON "lot" ("product_id") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "lot_contribution" ("id" text not null, "quantity_g" integer not null, "farmgate_fen_per_kg" integer not null, "lot_id" text not null, "household_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lot_contribution_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_lot_contribution_lot_id" ON "lot_contribution" ("lot_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_lot_contribution_household_id" ON "lot_contribution" ("household_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_lot_contribution_deleted_at" ON "lot_contribution" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lot_contribution_lot_id_household_id_unique" ON "lot_contribution" ("lot_id", "household_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "product_benefit" ("id" text not null, "product_id" text not null, "benefit_mechanisms" text[] not null, "dividend_bps" integer null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_benefit_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_benefit_product_id_unique" ON "product_benefit" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_benefit_cooperative_id" ON "product_benefit" ("cooperative_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_benefit_deleted_at" ON "product_benefit" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "cooperative_certification" add constraint "cooperative_certification_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade;`,
    )

    this.addSql(
      `alter table if exists "cooperative_staff" add constraint "cooperative_staff_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade;`,
    )

    this.addSql(
      `alter table if exists "household" add constraint "household_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade;`,
    )

    this.addSql(
      `alter table if exists "lot" add constraint "lot_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade;`,
    )

    this.addSql(
      `alter table if exists "lot_contribution" add constraint "lot_contribution_lot_id_foreign" foreign key ("lot_id") references "lot" ("id") on update cascade;`,
    )
    this.addSql(
      `alter table if exists "lot_contribution" add constraint "lot_contribution_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade;`,
    )

    this.addSql(
      `alter table if exists "product_benefit" add constraint "product_benefit_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "cooperative_certification" drop constraint if exists "cooperative_certification_cooperative_id_foreign";`,
    )

    this.addSql(
      `alter table if exists "cooperative_staff" drop constraint if exists "cooperative_staff_cooperative_id_foreign";`,
    )

    this.addSql(`alter table if exists "household" drop constraint if exists "household_cooperative_id_foreign";`)

    this.addSql(`alter table if exists "lot" drop constraint if exists "lot_cooperative_id_foreign";`)

    this.addSql(
      `alter table if exists "product_benefit" drop constraint if exists "product_benefit_cooperative_id_foreign";`,
    )

    this.addSql(
      `alter table if exists "lot_contribution" drop constraint if exists "lot_contribution_household_id_foreign";`,
    )

    this.addSql(`alter table if exists "lot_contribution" drop constraint if exists "lot_contribution_lot_id_foreign";`)

    this.addSql(`drop table if exists "cooperative" cascade;`)

    this.addSql(`drop table if exists "cooperative_certification" cascade;`)

    this.addSql(`drop table if exists "cooperative_staff" cascade;`)

    this.addSql(`drop table if exists "household" cascade;`)

    this.addSql(`drop table if exists "lot" cascade;`)

    this.addSql(`drop table if exists "lot_contribution" cascade;`)

    this.addSql(`drop table if exists "product_benefit" cascade;`)
  }
}
