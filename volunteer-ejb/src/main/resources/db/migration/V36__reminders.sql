-- Reminders by e-mail. Each reminder is claimed by inserting its row here in the transaction that
-- queues its mail: the primary key lets exactly one of several instances (or runs) send it.
CREATE TABLE reminder_sent (
    kind         VARCHAR(30)              NOT NULL,
    subject_key  VARCHAR(120)             NOT NULL,
    volunteer_id BIGINT                   NOT NULL REFERENCES volunteer (id),
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, subject_key)
);
CREATE INDEX reminder_sent_volunteer_ix ON reminder_sent (volunteer_id);

-- The reminders a volunteer does not want (all are on until they say otherwise).
CREATE TABLE reminder_opt_out (
    volunteer_id BIGINT      NOT NULL REFERENCES volunteer (id),
    kind         VARCHAR(30) NOT NULL,
    PRIMARY KEY (volunteer_id, kind)
);

-- A lease per background job: the instance whose update takes it runs the job, the others skip it.
CREATE TABLE job_lease (
    name         VARCHAR(40)              NOT NULL PRIMARY KEY,
    holder       VARCHAR(80),
    locked_until TIMESTAMP WITH TIME ZONE
);
INSERT INTO job_lease (name) VALUES ('reminders');

-- The slot reminders' own claim moves here.
INSERT INTO reminder_sent (kind, subject_key, volunteer_id, sent_at)
    SELECT 'SLOT_TOMORROW', 'booking:' || CAST(id AS VARCHAR(20)), volunteer_id, reminded_at
    FROM slot_booking WHERE reminded_at IS NOT NULL;
ALTER TABLE slot_booking DROP COLUMN reminded_at;
