-- Schema version 38: what staff write about tasks, offers and courses. German stays on the row (every
-- one has it, and lists sort by it); any other language is a row of its own in <table>_translation,
-- so that a further language is new rows, not new columns in every table. Offers take the lengths
-- tasks and courses have (title 200, description 4000).

CREATE TABLE task_translation (
    task_id    BIGINT        NOT NULL REFERENCES task (id),
    language    VARCHAR(5)    NOT NULL,
    title       VARCHAR(200),
    description VARCHAR(4000),
    PRIMARY KEY (task_id, language),
    CONSTRAINT task_translation_text_ck CHECK (title IS NOT NULL OR description IS NOT NULL)
);
INSERT INTO task_translation (task_id, language, title, description)
    SELECT id, 'en', title_en, description_en FROM task WHERE title_en IS NOT NULL OR description_en IS NOT NULL;
ALTER TABLE task DROP COLUMN title_en;
ALTER TABLE task DROP COLUMN description_en;

CREATE TABLE offer_translation (
    offer_id   BIGINT        NOT NULL REFERENCES offer (id),
    language    VARCHAR(5)    NOT NULL,
    title       VARCHAR(200),
    description VARCHAR(4000),
    PRIMARY KEY (offer_id, language),
    CONSTRAINT offer_translation_text_ck CHECK (title IS NOT NULL OR description IS NOT NULL)
);
INSERT INTO offer_translation (offer_id, language, title, description)
    SELECT id, 'en', title_en, description_en FROM offer WHERE title_en IS NOT NULL OR description_en IS NOT NULL;
ALTER TABLE offer DROP COLUMN title_en;
ALTER TABLE offer DROP COLUMN description_en;

CREATE TABLE course_translation (
    course_id  BIGINT        NOT NULL REFERENCES course (id),
    language    VARCHAR(5)    NOT NULL,
    title       VARCHAR(200),
    description VARCHAR(4000),
    PRIMARY KEY (course_id, language),
    CONSTRAINT course_translation_text_ck CHECK (title IS NOT NULL OR description IS NOT NULL)
);
INSERT INTO course_translation (course_id, language, title, description)
    SELECT id, 'en', title_en, description_en FROM course WHERE title_en IS NOT NULL OR description_en IS NOT NULL;
ALTER TABLE course DROP COLUMN title_en;
ALTER TABLE course DROP COLUMN description_en;

ALTER TABLE offer ALTER COLUMN title_de SET DATA TYPE VARCHAR(200);
ALTER TABLE offer ALTER COLUMN description_de SET DATA TYPE VARCHAR(4000);
