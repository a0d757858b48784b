-- Schema version 31: placements (Vermittlung / Einsatzvereinbarung) of volunteers in long-term tasks,
-- from the proposal through the intro meeting and, for tandem types, the tandem steps to active and
-- ended; every step is kept in placement_step.

ALTER TABLE task_type ADD COLUMN tandem BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE task_type SET tandem = TRUE WHERE code = 'godparent';

CREATE SEQUENCE placement_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE placement_step_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE placement (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    task_id           BIGINT                   NOT NULL REFERENCES task (id),
    volunteer_id      BIGINT                   NOT NULL REFERENCES volunteer (id),
    carrier_id        BIGINT                   NOT NULL REFERENCES carrier (id),
    status            VARCHAR(16)              NOT NULL,
    score             INTEGER                  NOT NULL,
    reasons           VARCHAR(1000)            NOT NULL,
    proposed_by       BIGINT                   NOT NULL REFERENCES user_account (id),
    proposed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at       TIMESTAMP WITH TIME ZONE,
    intro_meeting_at  TIMESTAMP WITH TIME ZONE,
    intro_staff_id    BIGINT                   REFERENCES user_account (id),
    trial_until       DATE,
    family_consent_on DATE,
    started_on        DATE,
    ended_on          DATE,
    end_reason        VARCHAR(500),
    cancel_cause      VARCHAR(20),
    changed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT placement_status_ck CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED', 'INTRO_MEETING',
        'GETTING_TO_KNOW', 'TRIAL_PERIOD', 'ACTIVE', 'ENDED', 'CANCELLED')),
    CONSTRAINT placement_cause_ck CHECK (cancel_cause IN ('BY_STAFF', 'BY_VOLUNTEER', 'TASK_FILLED', 'TASK_CLOSED'))
);
CREATE INDEX placement_task_ix ON placement (task_id, status);
CREATE INDEX placement_volunteer_ix ON placement (volunteer_id, status);
CREATE INDEX placement_carrier_ix ON placement (carrier_id, status);

CREATE TABLE placement_step (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    placement_id BIGINT                   NOT NULL REFERENCES placement (id),
    from_status  VARCHAR(16),
    to_status    VARCHAR(16)              NOT NULL,
    account_id   BIGINT                   NOT NULL REFERENCES user_account (id),
    taken_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    note         VARCHAR(500)
);
CREATE INDEX placement_step_placement_ix ON placement_step (placement_id, taken_at);
