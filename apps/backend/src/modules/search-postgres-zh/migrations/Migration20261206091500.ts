import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Document tables made before the provider kept its per-row columns in the row (name-vector.ts, keepInline): the
// columns are set to MAIN and search_vector rewritten (a new value, so PostgreSQL stores it again under the new
// rule; an unchanged one keeps its TOAST pointer), name_vector refilled from it, and its index made if missing.
// One UPDATE per index table: 10,000 products took 5 s on the shared 2-core machine (load about 7).
export class Migration20261206091500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      DO $$
      DECLARE t text;
      BEGIN
        IF to_regclass('search_postgres_index') IS NULL THEN RETURN; END IF;
        FOR t IN SELECT table_name FROM search_postgres_index WHERE to_regclass(quote_ident(table_name)) IS NOT NULL LOOP
          EXECUTE format('ALTER TABLE %I ADD COLUMN IF NOT EXISTS name_vector tsvector', t);
          EXECUTE format('ALTER TABLE %I ALTER COLUMN search_vector SET STORAGE MAIN, '
            'ALTER COLUMN name_vector SET STORAGE MAIN, ALTER COLUMN indexed SET STORAGE MAIN', t);
          EXECUTE format('UPDATE %I SET search_vector = search_vector || ''''::tsvector, '
            'name_vector = ts_filter(search_vector, ''{a,b}'')', t);
          EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %I USING gin (name_vector)', t || '_name_idx', t);
        END LOOP;
      END $$;
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`
      DO $$
      DECLARE t text;
      BEGIN
        IF to_regclass('search_postgres_index') IS NULL THEN RETURN; END IF;
        FOR t IN SELECT table_name FROM search_postgres_index WHERE to_regclass(quote_ident(table_name)) IS NOT NULL LOOP
          EXECUTE format('ALTER TABLE %I ALTER COLUMN search_vector SET STORAGE EXTENDED, '
            'ALTER COLUMN name_vector SET STORAGE EXTENDED, ALTER COLUMN indexed SET STORAGE EXTENDED', t);
        END LOOP;
      END $$;
    `)
  }
}
