-- Quartiersnetz, schema version 20: the e-mail outbox.
-- A mail is stored in the same transaction as the business change that causes it and sent
-- later by a background worker. claimed_until is the worker's lease: an instance may send a
-- message only after it set claimed_until with a conditional UPDATE that changed exactly one
-- row, so several instances sharing this database never send one message twice.
-- The body is erased once the message is sent or given up, as it may hold a single-use link.

CREATE SEQUENCE outbox_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outbox_message (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    recipient       VARCHAR(254)             NOT NULL,
    subject         VARCHAR(200)             NOT NULL,
    body            VARCHAR(20000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER                  NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    failed_at       TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    CONSTRAINT outbox_message_attempts_ck CHECK (attempts >= 0)
);
CREATE INDEX outbox_message_due_ix ON outbox_message (sent_at, failed_at, next_attempt_at);
