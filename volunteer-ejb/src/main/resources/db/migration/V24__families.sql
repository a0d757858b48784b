-- Schema version 24: pseudonymous families (a code, never a name) and the audit of every read.
-- Only the owning carrier's staff see a family; each read leaves a family_read row.

CREATE SEQUENCE family_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE family_read_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE family (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    carrier_id  BIGINT                   NOT NULL REFERENCES carrier (id),
    code        VARCHAR(20)              NOT NULL,
    needs       VARCHAR(2000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT family_code_uq UNIQUE (code)
);
CREATE INDEX family_carrier_ix ON family (carrier_id);

CREATE TABLE family_language (
    family_id BIGINT     NOT NULL REFERENCES family (id),
    language  VARCHAR(2) NOT NULL,
    PRIMARY KEY (family_id, language)
);

CREATE TABLE family_age_band (
    family_id BIGINT      NOT NULL REFERENCES family (id),
    age_band  VARCHAR(12) NOT NULL,
    PRIMARY KEY (family_id, age_band),
    CONSTRAINT family_age_band_ck CHECK (age_band IN ('PREGNANCY', 'UNDER_1', 'AGE_1_2', 'AGE_3_5',
        'AGE_6_9', 'AGE_10_13', 'AGE_14_17'))
);

CREATE TABLE family_read (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    family_id   BIGINT                   NOT NULL REFERENCES family (id),
    account_id  BIGINT                   NOT NULL REFERENCES user_account (id),
    read_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    purpose     VARCHAR(20)              NOT NULL
);
CREATE INDEX family_read_family_ix ON family_read (family_id, read_at);
