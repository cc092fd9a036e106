import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206001500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "settlement_statement" ("id" text not null, "number" text not null, "party" text check ("party" in ('cooperative', 'host')) not null, "party_id" text not null, "period" text not null, "status" text check ("status" in ('open', 'paid')) not null default 'open', "gross_fen" integer not null default 0, "refunds_fen" integer not null default 0, "fee_fen" integer not null default 0, "commission_fen" integer not null default 0, "net_fen" integer not null default 0, "fee_bps" integer not null, "paid_on" text null, "bank_reference" text null, "paid_at" timestamptz null, "paid_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_statement_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_statement_number_unique" ON "settlement_statement" ("number") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_settlement_statement_deleted_at" ON "settlement_statement" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_statement_party_party_id_period_unique" ON "settlement_statement" ("party", "party_id", "period") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_settlement_statement_status" ON "settlement_statement" ("status") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `create table if not exists "settlement_line" ("id" text not null, "line_key" text not null, "kind" text check ("kind" in ('sale', 'refund', 'cancel', 'commission')) not null, "order_id" text not null, "order_display_id" integer not null, "line_item_id" text null, "title" text null, "occurred_at" timestamptz not null, "payable_at" timestamptz not null, "sales_fen" integer not null, "fee_fen" integer not null, "commission_fen" integer not null, "net_fen" integer not null, "ledger_entry_ids" jsonb not null, "statement_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_line_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_line_line_key_unique" ON "settlement_line" ("line_key") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_settlement_line_statement_id" ON "settlement_line" ("statement_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_settlement_line_deleted_at" ON "settlement_line" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_settlement_line_order_id" ON "settlement_line" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `alter table if exists "settlement_line" add constraint "settlement_line_statement_id_foreign" foreign key ("statement_id") references "settlement_statement" ("id") on update cascade;`,
    )
    // A paid statement is frozen: its row and its lines refuse any change or delete (generate never touches them).
    // The one exception: the mark-paid workflow's compensation reopens the statement it had just paid.
    this.addSql(`create or replace function settlement_statement_frozen() returns trigger language plpgsql as $$
      begin
        if old.status = 'paid' and coalesce(current_setting('fengshou.settlement_compensation', true), '') <> 'on' then
          raise exception 'settlement statement % was paid: it never changes', old.number;
        end if;
        if tg_op = 'DELETE' then return old; end if;
        return new;
      end $$;`)
    this.addSql(`create or replace function settlement_line_frozen() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from settlement_statement s where s.id = old.statement_id and s.status = 'paid') then
          raise exception 'settlement line % is on a paid statement: it never changes', old.id;
        end if;
        if tg_op = 'DELETE' then return old; end if;
        return new;
      end $$;`)
    this.addSql(`drop trigger if exists settlement_statement_frozen on "settlement_statement";`)
    this.addSql(`create trigger settlement_statement_frozen before update or delete on "settlement_statement"
      for each row execute function settlement_statement_frozen();`)
    this.addSql(`drop trigger if exists settlement_line_frozen on "settlement_line";`)
    this.addSql(`create trigger settlement_line_frozen before update or delete on "settlement_line"
      for each row execute function settlement_line_frozen();`)
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "settlement_line" drop constraint if exists "settlement_line_statement_id_foreign";`,
    )
    this.addSql(`drop table if exists "settlement_line" cascade;`)
    this.addSql(`drop table if exists "settlement_statement" cascade;`)
    this.addSql(`drop function if exists settlement_statement_frozen();`)
    this.addSql(`drop function if exists settlement_line_frozen();`)
  }
}
