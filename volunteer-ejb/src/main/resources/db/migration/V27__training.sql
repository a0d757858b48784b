-- Schema version 27: the course catalogue (by the codes task types name), course runs with their
-- dates, enrolment with a waiting list, attendance per date, and qualifications with their history.

CREATE SEQUENCE course_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE course_run_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE course_session_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE enrolment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE course_attendance_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE qualification_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE course (
    id              BIGINT        NOT NULL PRIMARY KEY,
    code            VARCHAR(40)   NOT NULL,
    carrier_id      BIGINT        REFERENCES carrier (id),
    title_de        VARCHAR(200)  NOT NULL,
    title_en        VARCHAR(200),
    description_de  VARCHAR(4000) NOT NULL,
    description_en  VARCHAR(4000),
    validity_months INTEGER,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT course_code_uq UNIQUE (code),
    CONSTRAINT course_validity_ck CHECK (validity_months BETWEEN 1 AND 240)
);

CREATE TABLE course_run (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    course_id          BIGINT       NOT NULL REFERENCES course (id),
    carrier_id         BIGINT       REFERENCES carrier (id),
    place              VARCHAR(200) NOT NULL,
    trainer            VARCHAR(200) NOT NULL,
    capacity           INTEGER      NOT NULL,
    enrolment_deadline DATE         NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT course_run_capacity_ck CHECK (capacity BETWEEN 1 AND 200)
);
CREATE INDEX course_run_deadline_ix ON course_run (enrolment_deadline, course_id);

CREATE TABLE course_session (
    id        BIGINT                   NOT NULL PRIMARY KEY,
    run_id    BIGINT                   NOT NULL REFERENCES course_run (id),
    starts_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT course_session_uq UNIQUE (run_id, starts_at),
    CONSTRAINT course_session_order_ck CHECK (ends_at > starts_at)
);

CREATE TABLE enrolment (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    run_id       BIGINT                   NOT NULL REFERENCES course_run (id),
    volunteer_id BIGINT                   NOT NULL REFERENCES volunteer (id),
    status       VARCHAR(10)              NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT enrolment_uq UNIQUE (run_id, volunteer_id),
    CONSTRAINT enrolment_status_ck CHECK (status IN ('CONFIRMED', 'WAITING', 'CANCELLED'))
);
CREATE INDEX enrolment_volunteer_ix ON enrolment (volunteer_id, status);

CREATE TABLE course_attendance (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    session_id   BIGINT                   NOT NULL REFERENCES course_session (id),
    volunteer_id BIGINT                   NOT NULL REFERENCES volunteer (id),
    present      BOOLEAN                  NOT NULL,
    recorded_by  BIGINT                   NOT NULL REFERENCES user_account (id),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT course_attendance_uq UNIQUE (session_id, volunteer_id)
);
CREATE INDEX course_attendance_volunteer_ix ON course_attendance (volunteer_id);

CREATE TABLE qualification (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    volunteer_id BIGINT                   NOT NULL REFERENCES volunteer (id),
    course_id    BIGINT                   NOT NULL REFERENCES course (id),
    obtained_on  DATE                     NOT NULL,
    valid_until  DATE,
    source       VARCHAR(8)               NOT NULL,
    run_id       BIGINT                   REFERENCES course_run (id),
    issuer       VARCHAR(200),
    recorded_by  BIGINT                   NOT NULL REFERENCES user_account (id),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT qualification_source_ck CHECK (source IN ('RUN', 'EXTERNAL')),
    CONSTRAINT qualification_run_ck CHECK ((source = 'RUN') = (run_id IS NOT NULL)),
    CONSTRAINT qualification_from_run_uq UNIQUE (run_id, volunteer_id)
);
CREATE INDEX qualification_volunteer_ix ON qualification (volunteer_id, course_id);

-- The courses task types name, all network-wide. The basic godparent course is an induction and
-- does not expire (supervision every six weeks keeps godparents current); child protection and
-- first aid for children are refreshed every two years, as youth-welfare offices and first-aid
-- organisations usually ask.
INSERT INTO course (id, code, carrier_id, title_de, title_en, description_de, description_en, validity_months) VALUES
    (1, 'basic-godparent', NULL, 'Basisqualifizierung Familienpaten', 'Basic training for family godparents',
     'Rolle und Grenzen als Familienpatin oder -pate, Gesprächsführung, Netzwerk der Frühen Hilfen, Nähe und Distanz.',
     'Role and limits of a family godparent, talking with families, the early-help network, closeness and distance.',
     NULL),
    (2, 'child-protection', NULL, 'Kinderschutz-Grundlagen', 'Child protection basics',
     'Anzeichen einer Kindeswohlgefährdung erkennen, Handlungsschritte nach § 8a SGB VIII, Ansprechpersonen.',
     'Recognising signs that a child is at risk, the steps under section 8a SGB VIII, whom to contact.',
     24),
    (3, 'first-aid-children', NULL, 'Erste Hilfe am Kind', 'First aid for children',
     'Erste Hilfe bei Säuglingen und Kindern; wird meist bei Hilfsorganisationen besucht und hier als Nachweis eingetragen.',
     'First aid for babies and children; usually attended at an aid organisation and recorded here as evidence.',
     24);
