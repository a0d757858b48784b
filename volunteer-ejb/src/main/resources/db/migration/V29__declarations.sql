-- Schema version 29: declarations volunteers sign (confidentiality, code of conduct), in
-- versions: a new version asks everybody to sign again. Task types name the ones they require.

CREATE SEQUENCE declaration_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE declaration_signature_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE declaration (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    kind        VARCHAR(20)              NOT NULL,
    version     INTEGER                  NOT NULL,
    valid_from  TIMESTAMP WITH TIME ZONE NOT NULL,
    title_de    VARCHAR(200)             NOT NULL,
    body_de     VARCHAR(8000)            NOT NULL,
    title_en    VARCHAR(200)             NOT NULL,
    body_en     VARCHAR(8000)            NOT NULL,
    CONSTRAINT declaration_version_uq UNIQUE (kind, version),
    CONSTRAINT declaration_kind_ck CHECK (kind IN ('CONFIDENTIALITY', 'CODE_OF_CONDUCT'))
);

CREATE TABLE declaration_signature (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    volunteer_id   BIGINT                   NOT NULL REFERENCES volunteer (id),
    declaration_id BIGINT                   NOT NULL REFERENCES declaration (id),
    signed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT declaration_signature_uq UNIQUE (volunteer_id, declaration_id)
);

CREATE TABLE task_type_declaration (
    task_type_id BIGINT      NOT NULL REFERENCES task_type (id),
    kind         VARCHAR(20) NOT NULL,
    PRIMARY KEY (task_type_id, kind)
);

INSERT INTO declaration (id, kind, version, valid_from, title_de, body_de, title_en, body_en) VALUES
    (1, 'CONFIDENTIALITY', 1, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00',
     'Verpflichtung zur Verschwiegenheit',
     'Ich behandle alles, was ich im Ehrenamt über Familien, Kinder und andere Personen erfahre, vertraulich und gebe es nicht weiter – auch nicht nach dem Ende meines Engagements. Ausgenommen ist, was ich zum Schutz eines Kindes der zuständigen Fachkraft mitteilen muss.',
     'Confidentiality undertaking',
     'I keep everything I learn about families, children and other people in my volunteering confidential and do not pass it on – also after my engagement ends. The exception is what I must tell the responsible professional to protect a child.'),
    (2, 'CODE_OF_CONDUCT', 1, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00',
     'Selbstverpflichtung zum Schutz von Kindern (Verhaltenskodex)',
     'Ich achte die Grenzen und die Würde der Kinder und Familien, die ich begleite. Ich nutze meine Rolle nicht aus, bin nicht allein mit einem Kind hinter verschlossenen Türen, mache keine Fotos ohne Einwilligung der Eltern und spreche Verdachtsmomente auf eine Gefährdung offen bei der zuständigen Fachkraft an.',
     'Self-commitment to protect children (code of conduct)',
     'I respect the boundaries and dignity of the children and families I accompany. I do not exploit my role, I am not alone with a child behind closed doors, I take no photos without the parents'' consent, and I raise any concern about a child''s wellbeing openly with the responsible professional.');

-- the types that work with children or in families require both, accompaniment confidentiality
INSERT INTO task_type_declaration (task_type_id, kind)
SELECT t.id, k.kind FROM task_type t CROSS JOIN (SELECT 'CONFIDENTIALITY' AS kind UNION ALL SELECT 'CODE_OF_CONDUCT') k
WHERE t.code IN ('godparent', 'homework-help', 'reading-mentor', 'language-mentor', 'childcare');
INSERT INTO task_type_declaration (task_type_id, kind)
SELECT t.id, 'CONFIDENTIALITY' FROM task_type t WHERE t.code = 'accompaniment';
