-- Schema version 33: supervision (Supervision / Praxisbegleitung / kollegiale Beratung): sessions held
-- by a supervisor (a carrier's staff member, or an external supervisor with an account restricted to
-- their own sessions), the volunteers' attendance, and confidential notes kept apart from both.

ALTER TABLE user_account DROP CONSTRAINT user_account_role_ck;
ALTER TABLE user_account ADD CONSTRAINT user_account_role_ck CHECK (role IN ('VOLUNTEER', 'CARRIER_STAFF',
    'CARRIER_COORDINATOR', 'NETWORK_COORDINATOR', 'ADMINISTRATOR', 'SUPERVISOR'));

CREATE SEQUENCE supervision_session_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE supervision_attendance_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE supervision_note_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE supervision_session (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    carrier_id       BIGINT                   REFERENCES carrier (id),
    kind             VARCHAR(12)              NOT NULL,
    supervisor_id    BIGINT                   NOT NULL REFERENCES user_account (id),
    starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_minutes INTEGER                  NOT NULL,
    place            VARCHAR(200)             NOT NULL,
    topics           VARCHAR(500),
    capacity         INTEGER                  NOT NULL,
    created_by       BIGINT                   NOT NULL REFERENCES user_account (id),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT supervision_session_kind_ck CHECK (kind IN ('GROUP', 'INDIVIDUAL', 'PEER')),
    CONSTRAINT supervision_session_duration_ck CHECK (duration_minutes BETWEEN 15 AND 480),
    CONSTRAINT supervision_session_capacity_ck CHECK (capacity BETWEEN 1 AND 100)
);
CREATE INDEX supervision_session_time_ix ON supervision_session (starts_at);
CREATE INDEX supervision_session_carrier_ix ON supervision_session (carrier_id, starts_at);
CREATE INDEX supervision_session_supervisor_ix ON supervision_session (supervisor_id, starts_at);

CREATE TABLE supervision_attendance (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    session_id   BIGINT                   NOT NULL REFERENCES supervision_session (id),
    volunteer_id BIGINT                   NOT NULL REFERENCES volunteer (id),
    status       VARCHAR(10)              NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by  BIGINT                   REFERENCES user_account (id),
    CONSTRAINT supervision_attendance_uq UNIQUE (session_id, volunteer_id),
    CONSTRAINT supervision_attendance_status_ck CHECK (status IN ('SIGNED_UP', 'PRESENT', 'EXCUSED', 'ABSENT'))
);
CREATE INDEX supervision_attendance_volunteer_ix ON supervision_attendance (volunteer_id, status);

CREATE TABLE supervision_note (
    id         BIGINT                   NOT NULL PRIMARY KEY,
    session_id BIGINT                   NOT NULL REFERENCES supervision_session (id),
    author_id  BIGINT                   NOT NULL REFERENCES user_account (id),
    text       VARCHAR(4000)            NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX supervision_note_session_ix ON supervision_note (session_id, created_at);
