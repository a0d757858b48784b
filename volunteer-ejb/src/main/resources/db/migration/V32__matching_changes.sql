-- Schema version 32: which volunteers' matching facts changed (profile, status, inspections,
-- qualifications, course places, declarations, placements), so that every instance's candidate
-- cache reloads just those. A row without volunteer stands for everybody. Stamped with the
-- database's time, so instances with different clocks agree; rows older than a day are removed.

CREATE SEQUENCE matching_change_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE matching_change (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    volunteer_id BIGINT,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX matching_change_at_ix ON matching_change (changed_at);
