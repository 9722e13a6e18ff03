import { START_THEME_CATALOGUE } from '@srpo/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Theme catalogue (with the 2018 start catalogue as reference data), boards and schools. */
export class ThemesAndOrganisations1795495492024 implements MigrationInterface {
  name = 'ThemesAndOrganisations1795495492024';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await queryRunner.query(`
      CREATE TABLE theme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        description text NOT NULL,
        is_wildcard boolean NOT NULL DEFAULT false,
        valid_from date NOT NULL,
        valid_until date,
        sort_order integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT theme_validity CHECK (valid_until IS NULL OR valid_until >= valid_from)
      )`);
    await queryRunner.query(`
      CREATE TABLE subtheme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        theme_id uuid NOT NULL REFERENCES theme(id) ON DELETE RESTRICT,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        description text,
        valid_from date NOT NULL,
        valid_until date,
        sort_order integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT subtheme_validity CHECK (valid_until IS NULL OR valid_until >= valid_from)
      )`);
    await queryRunner.query(`CREATE INDEX subtheme_theme_id_idx ON subtheme (theme_id)`);
    await queryRunner.query(`
      CREATE TABLE board (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        board_number text NOT NULL UNIQUE CHECK (board_number ~ '^[0-9]{5}$'),
        name text NOT NULL,
        city text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`
      CREATE TABLE school (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        brin text NOT NULL UNIQUE CHECK (brin ~ '^[0-9]{2}[A-Z]{2}$'),
        name text NOT NULL,
        city text NOT NULL,
        board_id uuid NOT NULL REFERENCES board(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX school_board_id_idx ON school (board_id)`);

    // The 2018 start catalogue is reference data every installation needs; later themes are added by staff.
    for (const [index, theme] of START_THEME_CATALOGUE.entries()) {
      await queryRunner.query(
        `INSERT INTO theme (code, name, description, is_wildcard, valid_from, valid_until, sort_order)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [theme.code, theme.name, theme.description, theme.isWildcard, theme.validFrom, theme.validUntil ?? null, index + 1],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE school`);
    await queryRunner.query(`DROP TABLE board`);
    await queryRunner.query(`DROP TABLE subtheme`);
    await queryRunner.query(`DROP TABLE theme`);
  }
}
