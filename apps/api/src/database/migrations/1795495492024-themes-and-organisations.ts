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

    // The 2018 start catalogue as literal data: a migration records history, so later edits of the
    // domain (or of the catalogue by staff) can never change what this step inserted.
    await queryRunner.query(`
      INSERT INTO theme (code, name, description, is_wildcard, valid_from, valid_until, sort_order) VALUES
        ('1', 'Persoonlijk leiderschap', 'Vanuit eigen waarden en visie richting geven, reflecteren op het eigen handelen en blijven leren als schoolleider.', false, '2014-01-01', NULL, 1),
        ('2', 'Regie & strategie', 'Samen met team en bestuur een koers voor de school bepalen en die doelgericht en planmatig uitvoeren.', false, '2014-01-01', NULL, 2),
        ('3', 'In relatie staan tot de omgeving', 'Verbindingen aangaan met ouders, partners en de wijk en de school daarin zichtbaar positioneren.', false, '2014-01-01', NULL, 3),
        ('4', 'Kennis- en kwaliteitsontwikkeling', 'De kwaliteit van het onderwijs onderzoekend en met gegevens verbeteren en verantwoorden.', false, '2014-01-01', NULL, 4),
        ('5', 'Omgaan met verschillen', 'Onderwijs vormgeven dat recht doet aan verschillen tussen leerlingen, leraren en ouders.', false, '2014-01-01', NULL, 5),
        ('6', 'Leiding geven aan verandering', 'Veranderprocessen in school en team ontwerpen, begeleiden en borgen.', false, '2014-01-01', NULL, 6),
        ('7', 'Toekomstgericht onderwijs', 'Het onderwijs voorbereiden op de toekomst van leerlingen, onder meer met ICT en brede vorming.', false, '2014-01-01', NULL, 7),
        ('8', 'Wildcard', 'Het ‘lege’ thema voor ontwikkeling in een ander kennisdomein dat relevant is voor schoolleiders.', true, '2018-01-01', NULL, 8)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE school`);
    await queryRunner.query(`DROP TABLE board`);
    await queryRunner.query(`DROP TABLE subtheme`);
    await queryRunner.query(`DROP TABLE theme`);
  }
}
