-- Schema version 25: carriers' tasks with their weekly schedule and history, neighbours'
-- expressions of interest, and the dated slots of slot-based tasks with their bookings.

CREATE SEQUENCE task_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE task_change_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE task_interest_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE task_slot_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE slot_booking_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE task (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    carrier_id        BIGINT                   NOT NULL REFERENCES carrier (id),
    task_type_id      BIGINT                   NOT NULL REFERENCES task_type (id),
    title_de          VARCHAR(200)             NOT NULL,
    title_en          VARCHAR(200),
    description_de    VARCHAR(4000)            NOT NULL,
    description_en    VARCHAR(4000),
    site_id           BIGINT                   REFERENCES site (id),
    at_family_home    BOOLEAN                  NOT NULL DEFAULT FALSE,
    family_id         BIGINT                   REFERENCES family (id),
    starts_on         DATE                     NOT NULL,
    duration_months   INTEGER,
    hours_per_week    NUMERIC(4, 1)            NOT NULL,
    volunteers_needed INTEGER                  NOT NULL,
    volunteers_placed INTEGER                  NOT NULL DEFAULT 0,
    status            VARCHAR(14)              NOT NULL,
    staff_note        VARCHAR(2000),
    created_by        BIGINT                   NOT NULL REFERENCES user_account (id),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT task_status_ck CHECK (status IN ('DRAFT', 'OPEN', 'PARTLY_FILLED', 'FILLED', 'CLOSED')),
    CONSTRAINT task_needed_ck CHECK (volunteers_needed BETWEEN 1 AND 500),
    CONSTRAINT task_hours_ck CHECK (hours_per_week > 0)
);
CREATE INDEX task_carrier_ix ON task (carrier_id, status);
CREATE INDEX task_board_ix ON task (status, starts_on, id);
CREATE INDEX task_type_ix ON task (task_type_id, status);

CREATE TABLE task_schedule (
    task_id     BIGINT     NOT NULL REFERENCES task (id),
    day_of_week VARCHAR(9) NOT NULL,
    start_time  TIME       NOT NULL,
    end_time    TIME       NOT NULL,
    PRIMARY KEY (task_id, day_of_week, start_time),
    CONSTRAINT task_schedule_order_ck CHECK (end_time > start_time)
);
CREATE INDEX task_schedule_day_ix ON task_schedule (day_of_week, start_time, end_time);

CREATE TABLE task_language (
    task_id  BIGINT     NOT NULL REFERENCES task (id),
    language VARCHAR(2) NOT NULL,
    PRIMARY KEY (task_id, language)
);
CREATE INDEX task_language_ix ON task_language (language, task_id);

CREATE TABLE task_skill (
    task_id BIGINT      NOT NULL REFERENCES task (id),
    skill   VARCHAR(30) NOT NULL,
    PRIMARY KEY (task_id, skill)
);

CREATE TABLE task_change (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    task_id     BIGINT                   NOT NULL REFERENCES task (id),
    account_id  BIGINT                   NOT NULL REFERENCES user_account (id),
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    kind        VARCHAR(20)              NOT NULL,
    fields      VARCHAR(1000)            NOT NULL
);
CREATE INDEX task_change_task_ix ON task_change (task_id, changed_at);

CREATE TABLE task_interest (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    task_id      BIGINT                   NOT NULL REFERENCES task (id),
    volunteer_id BIGINT                   NOT NULL REFERENCES volunteer (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT task_interest_uq UNIQUE (task_id, volunteer_id)
);

CREATE TABLE task_slot (
    id        BIGINT                   NOT NULL PRIMARY KEY,
    task_id   BIGINT                   NOT NULL REFERENCES task (id),
    starts_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    capacity  INTEGER                  NOT NULL,
    version   BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT task_slot_uq UNIQUE (task_id, starts_at),
    CONSTRAINT task_slot_order_ck CHECK (ends_at > starts_at),
    CONSTRAINT task_slot_capacity_ck CHECK (capacity BETWEEN 1 AND 500)
);
CREATE INDEX task_slot_time_ix ON task_slot (starts_at);

CREATE TABLE slot_booking (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    slot_id      BIGINT                   NOT NULL REFERENCES task_slot (id),
    volunteer_id BIGINT                   NOT NULL REFERENCES volunteer (id),
    status       VARCHAR(10)              NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    reminded_at  TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT slot_booking_uq UNIQUE (slot_id, volunteer_id),
    CONSTRAINT slot_booking_status_ck CHECK (status IN ('CONFIRMED', 'WAITING', 'CANCELLED', 'REMOVED'))
);
CREATE INDEX slot_booking_volunteer_ix ON slot_booking (volunteer_id, status);
