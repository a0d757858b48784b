-- Quartiersnetz, schema version 1: carriers, privacy notices, accounts, volunteers.
-- Written for both PostgreSQL (production) and H2 in PostgreSQL mode (embedded default).
-- Sequences start at their increment so that EclipseLink's pre-allocation never yields ids < 1.

CREATE SEQUENCE carrier_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE volunteer_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE carrier (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    short_name  VARCHAR(60)  NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT carrier_code_uq UNIQUE (code),
    CONSTRAINT carrier_kind_ck CHECK (kind IN ('FREE_CARRIER', 'PUBLIC_YOUTH_WELFARE'))
);

CREATE TABLE privacy_notice (
    version     INTEGER                  NOT NULL PRIMARY KEY,
    valid_from  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE privacy_notice_text (
    notice_version INTEGER       NOT NULL REFERENCES privacy_notice (version),
    language       VARCHAR(2)    NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    body           VARCHAR(20000) NOT NULL,
    PRIMARY KEY (notice_version, language)
);

CREATE TABLE user_account (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    email         VARCHAR(254)             NOT NULL,
    password_hash VARCHAR(255)             NOT NULL,
    role          VARCHAR(30)              NOT NULL,
    carrier_id    BIGINT                   REFERENCES carrier (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT user_account_email_uq UNIQUE (email),
    CONSTRAINT user_account_role_ck CHECK (role IN ('VOLUNTEER', 'CARRIER_STAFF',
        'CARRIER_COORDINATOR', 'NETWORK_COORDINATOR', 'ADMINISTRATOR'))
);

CREATE TABLE volunteer (
    id                     BIGINT                   NOT NULL PRIMARY KEY,
    account_id             BIGINT                   NOT NULL REFERENCES user_account (id),
    first_name             VARCHAR(100)             NOT NULL,
    last_name              VARCHAR(100)             NOT NULL,
    phone                  VARCHAR(30),
    status                 VARCHAR(20)              NOT NULL,
    privacy_notice_version INTEGER                  NOT NULL REFERENCES privacy_notice (version),
    privacy_consent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT volunteer_account_uq UNIQUE (account_id),
    CONSTRAINT volunteer_status_ck CHECK (status IN ('APPLIED', 'INTERVIEWED', 'ACTIVE', 'PAUSED', 'LEFT'))
);

CREATE TABLE volunteer_language (
    volunteer_id BIGINT     NOT NULL REFERENCES volunteer (id),
    language     VARCHAR(2) NOT NULL,
    PRIMARY KEY (volunteer_id, language)
);
CREATE INDEX volunteer_language_language_ix ON volunteer_language (language);
