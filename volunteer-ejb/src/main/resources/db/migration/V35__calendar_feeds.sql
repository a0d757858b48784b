-- Schema version 35: secret calendar feed URLs (iCalendar), one per volunteer or per carrier at a time.
-- Only the SHA-256 hash of a feed's token is stored; the URL is shown once when created. Rotating
-- revokes the old feed and creates a new one; a revoked feed answers 404.

CREATE SEQUENCE calendar_feed_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE calendar_feed (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    volunteer_id BIGINT                   REFERENCES volunteer (id),
    carrier_id   BIGINT                   REFERENCES carrier (id),
    token_hash   VARCHAR(64)              NOT NULL,
    created_by   BIGINT                   NOT NULL REFERENCES user_account (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT calendar_feed_hash_uq UNIQUE (token_hash),
    CONSTRAINT calendar_feed_owner_ck CHECK ((volunteer_id IS NULL AND carrier_id IS NOT NULL)
        OR (volunteer_id IS NOT NULL AND carrier_id IS NULL))
);
CREATE INDEX calendar_feed_volunteer_ix ON calendar_feed (volunteer_id);
CREATE INDEX calendar_feed_carrier_ix ON calendar_feed (carrier_id);
