import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The ledger cannot be rewritten: besides UPDATE (refused since the table was made), DELETE is refused unless the
 * transaction says it is a workflow compensation removing rows it had just inserted, and TRUNCATE is always refused.
 */
export class Migration20261202133230 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function relief_ledger_entry_no_delete() returns trigger language plpgsql as $$
      begin
        if coalesce(current_setting('fengshou.ledger_compensation', true), '') = 'on' then return null; end if;
        raise exception 'relief_ledger_entry is append-only: % is refused, write a reversing entry instead', tg_op;
      end $$;`)
    this.addSql(`drop trigger if exists relief_ledger_entry_no_delete on "relief_ledger_entry";`)
    this.addSql(`create trigger relief_ledger_entry_no_delete before delete on "relief_ledger_entry"
      for each statement execute function relief_ledger_entry_no_delete();`)
    this.addSql(`create or replace function relief_ledger_entry_no_truncate() returns trigger language plpgsql as $$
      begin raise exception 'relief_ledger_entry is append-only: TRUNCATE is refused, write reversing entries instead'; end $$;`)
    this.addSql(`drop trigger if exists relief_ledger_entry_no_truncate on "relief_ledger_entry";`)
    this.addSql(`create trigger relief_ledger_entry_no_truncate before truncate on "relief_ledger_entry"
      for each statement execute function relief_ledger_entry_no_truncate();`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists relief_ledger_entry_no_delete on "relief_ledger_entry";`)
    this.addSql(`drop trigger if exists relief_ledger_entry_no_truncate on "relief_ledger_entry";`)
    this.addSql(`drop function if exists relief_ledger_entry_no_delete();`)
    this.addSql(`drop function if exists relief_ledger_entry_no_truncate();`)
  }
}
