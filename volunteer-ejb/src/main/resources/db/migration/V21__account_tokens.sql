-- Quartiersnetz, schema version 21: confirmed e-mail addresses, preferred language, and the
-- single-use tokens sent by e-mail (e-mail confirmation, password reset). Only the SHA-256
-- hash of a token is stored; the token itself exists only in the link sent.

ALTER TABLE user_account ADD COLUMN email_confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE user_account ADD COLUMN preferred_language VARCHAR(2) DEFAULT 'de' NOT NULL;

-- accounts that exist already were created before double opt-in (staff, demo data): confirmed
UPDATE user_account SET email_confirmed_at = created_at WHERE email_confirmed_at IS NULL;

CREATE SEQUENCE account_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account_token (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    account_id  BIGINT                   NOT NULL REFERENCES user_account (id),
    purpose     VARCHAR(30)              NOT NULL,
    token_hash  VARCHAR(64)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_token_hash_uq UNIQUE (token_hash),
    CONSTRAINT account_token_purpose_ck CHECK (purpose IN ('EMAIL_CONFIRMATION', 'PASSWORD_RESET'))
);
CREATE INDEX account_token_account_ix ON account_token (account_id, purpose);
