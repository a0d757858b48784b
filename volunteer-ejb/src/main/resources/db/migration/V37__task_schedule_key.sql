-- A weekly time is the whole of day, start and end (as for offers): with the end outside the key,
-- changing only a time's end inserted the new row before the old one was deleted and collided.
-- Rebuilt rather than altered, because the primary key's name differs between H2 and PostgreSQL.
CREATE TABLE task_schedule_new (
    task_id     BIGINT     NOT NULL REFERENCES task (id),
    day_of_week VARCHAR(9) NOT NULL,
    start_time  TIME       NOT NULL,
    end_time    TIME       NOT NULL,
    PRIMARY KEY (task_id, day_of_week, start_time, end_time),
    CONSTRAINT task_schedule_end_after_start_ck CHECK (end_time > start_time)
);
INSERT INTO task_schedule_new (task_id, day_of_week, start_time, end_time)
    SELECT task_id, day_of_week, start_time, end_time FROM task_schedule;
DROP TABLE task_schedule;
ALTER TABLE task_schedule_new RENAME TO task_schedule;
CREATE INDEX task_schedule_day_ix ON task_schedule (day_of_week, start_time, end_time);
