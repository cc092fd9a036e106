import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122115949 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "relief_ledger_entry" drop constraint if exists "relief_ledger_entry_entry_key_unique";`,
    )
    this.addSql(
      `create table if not exists "relief_ledger_entry" ("id" text not null, "seq" serial, "entry_key" text not null, "source_event_id" text not null, "kind" text check ("kind" in ('sale', 'refund', 'cancel')) not null, "party" text check ("party" in ('cooperative', 'household')) not null, "order_id" text not null, "line_item_id" text not null, "product_id" text null, "variant_id" text null, "cooperative_id" text not null, "division_code" text not null, "channel" text check ("channel" in ('online', 'livestream', 'institutional')) not null, "category" text null, "live_session_id" text null, "host_id" text null, "household_id" text null, "household_status" text check ("household_status" in ('registered_poor', 'monitored', 'member')) null, "household_persons" integer null, "benefit_kind" text check ("benefit_kind" in ('supply', 'dividend')) null, "amount_fen" integer not null, "quantity_g" integer not null, "occurred_at" timestamptz not null, "occurred_on" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "relief_ledger_entry_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_relief_ledger_entry_entry_key_unique" ON "relief_ledger_entry" ("entry_key") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_relief_ledger_entry_deleted_at" ON "relief_ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_relief_ledger_entry_occurred_on_division_code" ON "relief_ledger_entry" ("occurred_on", "division_code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_relief_ledger_entry_order_id" ON "relief_ledger_entry" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_relief_ledger_entry_source_event_id" ON "relief_ledger_entry" ("source_event_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_relief_ledger_entry_seq" ON "relief_ledger_entry" ("seq") WHERE deleted_at IS NULL;`,
    )
    // Append-only: a correction is a new entry, never an edit of an old one.
    this.addSql(`create or replace function relief_ledger_entry_no_update() returns trigger language plpgsql as $$
      begin raise exception 'relief_ledger_entry is append-only: write a new entry instead of changing %', old.id; end $$;`)
    this.addSql(`drop trigger if exists relief_ledger_entry_append_only on "relief_ledger_entry";`)
    this.addSql(`create trigger relief_ledger_entry_append_only before update on "relief_ledger_entry"
      for each row execute function relief_ledger_entry_no_update();`)
    // Rows go away only when a workflow's compensation removes what it had just written (or a test truncates the
    // table); report caches that loaded them must start over, so every delete or truncate sets a new generation.
    this.addSql(
      `create table if not exists "relief_ledger_state" ("id" integer primary key, "generation" text not null);`,
    )
    this.addSql(
      `insert into "relief_ledger_state" ("id", "generation") values (1, gen_random_uuid()::text) on conflict ("id") do nothing;`,
    )
    this.addSql(`create or replace function relief_ledger_entry_new_generation() returns trigger language plpgsql as $$
      begin
        insert into relief_ledger_state (id, generation) values (1, gen_random_uuid()::text)
          on conflict (id) do update set generation = excluded.generation;
        return null;
      end $$;`)
    this.addSql(`drop trigger if exists relief_ledger_entry_deleted on "relief_ledger_entry";`)
    this.addSql(`create trigger relief_ledger_entry_deleted after delete on "relief_ledger_entry"
      for each statement execute function relief_ledger_entry_new_generation();`)
    this.addSql(`drop trigger if exists relief_ledger_entry_truncated on "relief_ledger_entry";`)
    this.addSql(`create trigger relief_ledger_entry_truncated after truncate on "relief_ledger_entry"
      for each statement execute function relief_ledger_entry_new_generation();`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "relief_ledger_entry" cascade;`)
    this.addSql(`drop table if exists "relief_ledger_state" cascade;`)
    this.addSql(`drop function if exists relief_ledger_entry_no_update();`)
    this.addSql(`drop function if exists relief_ledger_entry_new_generation();`)
  }
}
