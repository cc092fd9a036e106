import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The village collective (村集体) becomes a party of the ledger: its share of a line is one `collective` entry with
 * no household, no benefit kind and no grams (the grams stay on the cooperative entry). entry_key is unchanged:
 * source event + line + party + household + benefit kind is still one per collective entry.
 */
export class Migration20261206003100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "relief_ledger_entry" drop constraint if exists "relief_ledger_entry_party_check";`,
    )
    this.addSql(`alter table if exists "relief_ledger_entry" add constraint "relief_ledger_entry_party_check"
      check ("party" in ('cooperative', 'household', 'collective'));`)
    this.addSql(
      `alter table if exists "relief_ledger_entry" drop constraint if exists "relief_ledger_entry_collective_check";`,
    )
    this.addSql(`alter table if exists "relief_ledger_entry" add constraint "relief_ledger_entry_collective_check"
      check ("party" <> 'collective' or ("household_id" is null and "household_status" is null
        and "household_persons" is null and "benefit_kind" is null and "quantity_g" = 0));`)
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "relief_ledger_entry" drop constraint if exists "relief_ledger_entry_collective_check";`,
    )
    this.addSql(
      `alter table if exists "relief_ledger_entry" drop constraint if exists "relief_ledger_entry_party_check";`,
    )
    this.addSql(`alter table if exists "relief_ledger_entry" add constraint "relief_ledger_entry_party_check"
      check ("party" in ('cooperative', 'household'));`)
  }
}
