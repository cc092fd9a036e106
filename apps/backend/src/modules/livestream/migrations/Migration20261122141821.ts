import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122141821 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "live_session_product" drop constraint if exists "live_session_product_session_id_variant_id_unique";`,
    )
    this.addSql(
      `alter table if exists "live_session_product" drop constraint if exists "live_session_product_promo_code_unique";`,
    )
    this.addSql(`alter table if exists "cart_link" drop constraint if exists "cart_link_code_unique";`)
    this.addSql(`alter table if exists "live_order" drop constraint if exists "live_order_order_id_unique";`)
    this.addSql(
      `alter table if exists "live_claim" drop constraint if exists "live_claim_cart_id_session_product_id_unique";`,
    )
    this.addSql(
      `alter table if exists "host_commission_entry" drop constraint if exists "host_commission_entry_entry_key_unique";`,
    )
    this.addSql(`alter table if exists "host" drop constraint if exists "host_email_unique";`)
    this.addSql(
      `create table if not exists "host" ("id" text not null, "name" text not null, "email" text not null, "handles" jsonb not null, "commission_rate_bps" integer not null default 0, "status" text check ("status" in ('pending', 'approved', 'suspended')) not null default 'pending', "status_reason" text null, "approved_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "host_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_host_email_unique" ON "host" ("email") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_host_deleted_at" ON "host" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_host_status" ON "host" ("status") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "host_commission_entry" ("id" text not null, "entry_key" text not null, "host_id" text not null, "session_id" text not null, "order_id" text not null, "kind" text check ("kind" in ('earned', 'reversed')) not null, "rate_bps" integer not null, "base_fen" integer not null, "amount_fen" integer not null, "payable_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "host_commission_entry_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_host_commission_entry_entry_key_unique" ON "host_commission_entry" ("entry_key") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_host_commission_entry_deleted_at" ON "host_commission_entry" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_host_commission_entry_host_id" ON "host_commission_entry" ("host_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_host_commission_entry_order_id" ON "host_commission_entry" ("order_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "live_claim" ("id" text not null, "session_product_id" text not null, "cart_id" text not null, "shopper_key" text not null, "quantity" integer not null, "order_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_claim_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_live_claim_deleted_at" ON "live_claim" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_live_claim_cart_id_session_product_id_unique" ON "live_claim" ("cart_id", "session_product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_live_claim_session_product_id_shopper_key" ON "live_claim" ("session_product_id", "shopper_key") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_live_claim_order_id" ON "live_claim" ("order_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "live_order" ("id" text not null, "order_id" text not null, "session_id" text not null, "host_id" text not null, "cart_link_id" text null, "gmv_fen" integer not null, "units" integer not null, "lines" jsonb not null, "refunded_fen" integer not null default 0, "placed_at" timestamptz not null, "canceled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_order_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_live_order_order_id_unique" ON "live_order" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_live_order_deleted_at" ON "live_order" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_live_order_session_id_placed_at" ON "live_order" ("session_id", "placed_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_live_order_host_id" ON "live_order" ("host_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "live_session" ("id" text not null, "title" text not null, "platform" text check ("platform" in ('douyin', 'kuaishou', 'wechat_channels', 'taobao_live', 'other')) not null, "scheduled_start_at" timestamptz not null, "scheduled_end_at" timestamptz null, "started_at" timestamptz null, "ended_at" timestamptz null, "host_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_session_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_live_session_host_id" ON "live_session" ("host_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_live_session_deleted_at" ON "live_session" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "cart_link" ("id" text not null, "code" text not null, "items" jsonb not null, "expires_at" timestamptz not null, "session_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cart_link_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cart_link_code_unique" ON "cart_link" ("code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cart_link_session_id" ON "cart_link" ("session_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cart_link_deleted_at" ON "cart_link" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "live_session_product" ("id" text not null, "product_id" text not null, "variant_id" text not null, "product_title" text not null, "variant_title" text not null, "product_handle" text not null, "thumbnail" text null, "base_price_fen" integer not null, "live_price_fen" integer not null, "stock_cap" integer not null, "per_customer_limit" integer not null, "sold" integer not null default 0, "promotion_id" text not null, "promo_code" text not null, "session_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_session_product_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_live_session_product_promo_code_unique" ON "live_session_product" ("promo_code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_live_session_product_session_id" ON "live_session_product" ("session_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_live_session_product_deleted_at" ON "live_session_product" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_live_session_product_session_id_variant_id_unique" ON "live_session_product" ("session_id", "variant_id") WHERE deleted_at IS NULL;`,
    )

    // The cap holds in the database too: whatever path writes `sold`, it cannot leave 0..stock_cap.
    this.addSql(
      `alter table if exists "live_session_product" drop constraint if exists "live_session_product_sold_within_cap";`,
    )
    this.addSql(
      `alter table if exists "live_session_product" add constraint "live_session_product_sold_within_cap" check ("sold" >= 0 and "sold" <= "stock_cap");`,
    )

    this.addSql(
      `alter table if exists "live_session" add constraint "live_session_host_id_foreign" foreign key ("host_id") references "host" ("id") on update cascade;`,
    )

    this.addSql(
      `alter table if exists "cart_link" add constraint "cart_link_session_id_foreign" foreign key ("session_id") references "live_session" ("id") on update cascade;`,
    )

    this.addSql(
      `alter table if exists "live_session_product" add constraint "live_session_product_session_id_foreign" foreign key ("session_id") references "live_session" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "live_session" drop constraint if exists "live_session_host_id_foreign";`)

    this.addSql(`alter table if exists "cart_link" drop constraint if exists "cart_link_session_id_foreign";`)

    this.addSql(
      `alter table if exists "live_session_product" drop constraint if exists "live_session_product_session_id_foreign";`,
    )

    this.addSql(`drop table if exists "host" cascade;`)

    this.addSql(`drop table if exists "host_commission_entry" cascade;`)

    this.addSql(`drop table if exists "live_claim" cascade;`)

    this.addSql(`drop table if exists "live_order" cascade;`)

    this.addSql(`drop table if exists "live_session" cascade;`)

    this.addSql(`drop table if exists "cart_link" cascade;`)

    this.addSql(`drop table if exists "live_session_product" cascade;`)
  }
}
