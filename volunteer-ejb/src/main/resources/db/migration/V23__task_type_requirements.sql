-- Schema version 23: what each kind of task asks of a volunteer and how it is organised.
-- Long-term tasks are matched by staff; slot-based ones are booked by volunteers themselves.
-- Required courses are named by course code; the training area's catalogue uses the same codes.

ALTER TABLE task_type ADD COLUMN clearance_required BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE task_type ADD COLUMN supervision_interval_weeks INTEGER;
ALTER TABLE task_type ADD COLUMN minimum_age INTEGER NOT NULL DEFAULT 16;
ALTER TABLE task_type ADD COLUMN typical_hours_per_week NUMERIC(4, 1);
ALTER TABLE task_type ADD COLUMN typical_duration_months INTEGER;
ALTER TABLE task_type ADD COLUMN scheduling VARCHAR(10) NOT NULL DEFAULT 'LONG_TERM';
ALTER TABLE task_type ADD CONSTRAINT task_type_scheduling_ck CHECK (scheduling IN ('LONG_TERM', 'SLOT_BASED'));
ALTER TABLE task_type ADD CONSTRAINT task_type_minimum_age_ck CHECK (minimum_age BETWEEN 14 AND 99);

CREATE TABLE task_type_course (
    task_type_id BIGINT      NOT NULL REFERENCES task_type (id),
    course_code  VARCHAR(40) NOT NULL,
    PRIMARY KEY (task_type_id, course_code)
);

UPDATE task_type SET clearance_required = TRUE, supervision_interval_weeks = 6, minimum_age = 18,
    typical_hours_per_week = 3.0, typical_duration_months = 12 WHERE code = 'godparent';
UPDATE task_type SET clearance_required = TRUE, supervision_interval_weeks = 8, minimum_age = 16,
    typical_hours_per_week = 2.0, typical_duration_months = 6 WHERE code = 'homework-help';
UPDATE task_type SET clearance_required = TRUE, supervision_interval_weeks = 8, minimum_age = 16,
    typical_hours_per_week = 1.0, typical_duration_months = 6 WHERE code = 'reading-mentor';
UPDATE task_type SET scheduling = 'SLOT_BASED', minimum_age = 16, typical_hours_per_week = 3.0
    WHERE code = 'parents-cafe';
UPDATE task_type SET supervision_interval_weeks = 12, minimum_age = 18,
    typical_hours_per_week = 2.0, typical_duration_months = 3 WHERE code = 'accompaniment';
UPDATE task_type SET clearance_required = TRUE, supervision_interval_weeks = 8, minimum_age = 16,
    typical_hours_per_week = 1.5, typical_duration_months = 6 WHERE code = 'language-mentor';
UPDATE task_type SET scheduling = 'SLOT_BASED', clearance_required = TRUE, minimum_age = 16,
    typical_hours_per_week = 2.0 WHERE code = 'childcare';
UPDATE task_type SET scheduling = 'SLOT_BASED', minimum_age = 14 WHERE code = 'event-help';

-- the basic qualification for godparents covers child protection itself
INSERT INTO task_type_course (task_type_id, course_code) VALUES
    (1, 'basic-godparent'),
    (2, 'child-protection'),
    (3, 'child-protection'),
    (6, 'child-protection'),
    (7, 'child-protection');
