-- Quartiersnetz, schema version 22: failed sign-ins per e-mail address, for the lockout.
-- Keyed by the SHA-256 of the normalised address rather than by account, so that addresses
-- without an account are throttled alike and the lockout does not tell which addresses exist
-- (and addresses typed by strangers are not stored in clear).

CREATE TABLE login_throttle (
    email_key         VARCHAR(64)              NOT NULL PRIMARY KEY,
    failures          INTEGER                  NOT NULL,
    first_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until      TIMESTAMP WITH TIME ZONE,
    version           BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX login_throttle_first_failure_ix ON login_throttle (first_failure_at);
