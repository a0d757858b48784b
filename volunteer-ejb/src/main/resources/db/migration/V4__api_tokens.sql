-- Schema version 4: personal API tokens of staff for integrations. Only the SHA-256 hash of a
-- token is stored; the token is shown once when created. Scopes are Shiro permission strings,
-- separated by blanks; a token never grants more than its owner's role.

CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_token (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    account_id  BIGINT                   NOT NULL REFERENCES user_account (id),
    name        VARCHAR(100)             NOT NULL,
    token_hash  VARCHAR(64)              NOT NULL,
    scopes      VARCHAR(500)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash_uq UNIQUE (token_hash)
);
CREATE INDEX api_token_account_ix ON api_token (account_id);
