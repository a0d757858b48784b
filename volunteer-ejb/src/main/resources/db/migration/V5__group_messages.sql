-- Schema version 5: e-mails staff send to a filtered group of their volunteers. Each mail goes
-- through the outbox; this record keeps who sent what to how many, for accountability.

CREATE SEQUENCE group_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE group_message (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    sender_id       BIGINT                   NOT NULL REFERENCES user_account (id),
    carrier_id      BIGINT                   REFERENCES carrier (id),
    subject         VARCHAR(200)             NOT NULL,
    body            VARCHAR(10000)           NOT NULL,
    audience        VARCHAR(500)             NOT NULL,
    recipient_count INTEGER                  NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX group_message_sender_ix ON group_message (sender_id, sent_at);
