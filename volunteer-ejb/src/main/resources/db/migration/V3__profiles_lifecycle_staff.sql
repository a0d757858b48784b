-- Schema version 3: full volunteer profiles, the volunteer lifecycle with its history,
-- interview notes per carrier, sites, staff members, and the task types volunteers are
-- interested in (the task area extends them later).

-- Seeded rows use ids below 50; EclipseLink pre-allocates ids (value - 49 .. value), so the
-- sequences of seeded tables start at 100 to hand out 51 and up.
ALTER SEQUENCE carrier_seq RESTART WITH 100;
CREATE SEQUENCE site_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE staff_member_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE status_change_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE interview_note_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE task_type_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE site (
    id          BIGINT       NOT NULL PRIMARY KEY,
    carrier_id  BIGINT       NOT NULL REFERENCES carrier (id),
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    street      VARCHAR(200),
    postcode    VARCHAR(5),
    city        VARCHAR(100),
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT site_name_uq UNIQUE (carrier_id, name),
    CONSTRAINT site_kind_ck CHECK (kind IN ('MEETING_PLACE', 'YOUTH_CLUB', 'COUNSELLING_CENTRE',
        'PARENTS_CAFE', 'OFFICE', 'OTHER'))
);

CREATE TABLE staff_member (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    account_id     BIGINT                   NOT NULL REFERENCES user_account (id),
    first_name     VARCHAR(100)             NOT NULL,
    last_name      VARCHAR(100)             NOT NULL,
    version        BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT staff_member_account_uq UNIQUE (account_id)
);

-- a disabled account (staff who left) cannot sign in; its records stay
ALTER TABLE user_account ADD COLUMN disabled_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE task_type (
    id         BIGINT       NOT NULL PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    name_de    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT task_type_code_uq UNIQUE (code)
);

INSERT INTO task_type (id, code, name_de, name_en) VALUES
    (1, 'godparent', 'Familienpatenschaft', 'Godparent for a family'),
    (2, 'homework-help', 'Hausaufgabenhilfe', 'Homework help'),
    (3, 'reading-mentor', 'Lesepatenschaft', 'Reading mentor'),
    (4, 'parents-cafe', 'Elterncafé', 'Parents'' café helper'),
    (5, 'accompaniment', 'Begleitung zu Ämtern und Ärzten', 'Accompaniment to offices and doctors'),
    (6, 'language-mentor', 'Sprachpatenschaft', 'Language mentor'),
    (7, 'childcare', 'Kinderbetreuung bei Elternkursen', 'Childcare during parent courses'),
    (8, 'event-help', 'Hilfe bei Festen und Ausflügen', 'Help at festivals and outings');

-- the profile a volunteer completes after signing up
ALTER TABLE volunteer ADD COLUMN postcode VARCHAR(5);
ALTER TABLE volunteer ADD COLUMN area VARCHAR(100);
ALTER TABLE volunteer ADD COLUMN birth_date DATE;
ALTER TABLE volunteer ADD COLUMN max_hours_per_week SMALLINT;
ALTER TABLE volunteer ADD COLUMN available_from DATE;
ALTER TABLE volunteer ADD COLUMN available_until DATE;
ALTER TABLE volunteer ADD COLUMN shared_pool BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE volunteer ADD COLUMN shared_pool_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE volunteer ADD COLUMN group_mail BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE volunteer ADD COLUMN status_changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE volunteer ADD COLUMN phone_digits VARCHAR(30);
ALTER TABLE volunteer ADD COLUMN possible_duplicate_of BIGINT REFERENCES volunteer (id);
ALTER TABLE volunteer ADD CONSTRAINT volunteer_hours_ck CHECK (max_hours_per_week BETWEEN 1 AND 40);
ALTER TABLE volunteer ADD CONSTRAINT volunteer_period_ck CHECK (available_until IS NULL OR available_from IS NULL
    OR available_until >= available_from);
UPDATE volunteer SET status_changed_at = created_at;
ALTER TABLE volunteer ALTER COLUMN status_changed_at SET NOT NULL;
CREATE INDEX volunteer_status_ix ON volunteer (status);
CREATE INDEX volunteer_pool_ix ON volunteer (shared_pool);
CREATE INDEX volunteer_name_ix ON volunteer (last_name, first_name);

ALTER TABLE volunteer_language ADD COLUMN level VARCHAR(10) NOT NULL DEFAULT 'GOOD';
ALTER TABLE volunteer_language ADD CONSTRAINT volunteer_language_level_ck
    CHECK (level IN ('BASIC', 'GOOD', 'FLUENT', 'NATIVE'));

CREATE TABLE volunteer_skill (
    volunteer_id BIGINT      NOT NULL REFERENCES volunteer (id),
    skill        VARCHAR(30) NOT NULL,
    PRIMARY KEY (volunteer_id, skill)
);
CREATE INDEX volunteer_skill_skill_ix ON volunteer_skill (skill);

CREATE TABLE volunteer_tag (
    volunteer_id BIGINT      NOT NULL REFERENCES volunteer (id),
    tag          VARCHAR(40) NOT NULL,
    PRIMARY KEY (volunteer_id, tag)
);

CREATE TABLE volunteer_availability (
    volunteer_id BIGINT      NOT NULL REFERENCES volunteer (id),
    day_of_week  VARCHAR(9)  NOT NULL,
    band         VARCHAR(10) NOT NULL,
    PRIMARY KEY (volunteer_id, day_of_week, band),
    CONSTRAINT availability_day_ck CHECK (day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY',
        'FRIDAY', 'SATURDAY', 'SUNDAY')),
    CONSTRAINT availability_band_ck CHECK (band IN ('MORNING', 'MIDDAY', 'AFTERNOON', 'EVENING'))
);
CREATE INDEX volunteer_availability_slot_ix ON volunteer_availability (day_of_week, band);

CREATE TABLE volunteer_interest (
    volunteer_id BIGINT NOT NULL REFERENCES volunteer (id),
    task_type_id BIGINT NOT NULL REFERENCES task_type (id),
    PRIMARY KEY (volunteer_id, task_type_id)
);

CREATE TABLE volunteer_carrier (
    volunteer_id BIGINT NOT NULL REFERENCES volunteer (id),
    carrier_id   BIGINT NOT NULL REFERENCES carrier (id),
    PRIMARY KEY (volunteer_id, carrier_id)
);
CREATE INDEX volunteer_carrier_carrier_ix ON volunteer_carrier (carrier_id);

CREATE TABLE volunteer_status_change (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    volunteer_id BIGINT                   NOT NULL REFERENCES volunteer (id),
    from_status  VARCHAR(20)              NOT NULL,
    to_status    VARCHAR(20)              NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   BIGINT                   NOT NULL REFERENCES user_account (id),
    carrier_id   BIGINT                   REFERENCES carrier (id),
    reason       VARCHAR(500)
);
CREATE INDEX volunteer_status_change_volunteer_ix ON volunteer_status_change (volunteer_id, changed_at);

CREATE TABLE interview_note (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    volunteer_id BIGINT                   NOT NULL REFERENCES volunteer (id),
    carrier_id   BIGINT                   NOT NULL REFERENCES carrier (id),
    author_id    BIGINT                   NOT NULL REFERENCES user_account (id),
    written_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    text         VARCHAR(4000)            NOT NULL
);
CREATE INDEX interview_note_volunteer_ix ON interview_note (volunteer_id, carrier_id);

-- the network's sites
INSERT INTO site (id, carrier_id, name, kind, street, postcode, city) VALUES
    (1, 2, 'Nachbarschaftstreff Derrsiedlung', 'MEETING_PLACE', NULL, '51373', 'Leverkusen'),
    (2, 3, 'Jugendtreff Steinbüchel', 'YOUTH_CLUB', NULL, '51377', 'Leverkusen'),
    (3, 1, 'Beratungsstelle für Eltern, Kinder und Jugendliche', 'COUNSELLING_CENTRE', NULL, '51373', 'Leverkusen'),
    (4, 1, 'Elterncafé', 'PARENTS_CAFE', NULL, '51373', 'Leverkusen');

-- phone_digits is derived by the application when a phone number is saved (REGEXP_REPLACE differs
-- between H2 and PostgreSQL); rows from version 2 get it on their next profile change.
CREATE INDEX volunteer_phone_digits_ix ON volunteer (phone_digits);
