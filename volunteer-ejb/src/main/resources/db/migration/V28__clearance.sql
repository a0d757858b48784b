-- Schema version 28: §72a SGB VIII inspections of extended certificates of conduct. Only what
-- the law allows is stored: that a certificate was inspected, by whom and when, its issue date
-- and whether it shows a relevant conviction. There is no column for a copy or its content.

CREATE SEQUENCE clearance_check_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE clearance_check (
    id                   BIGINT                   NOT NULL PRIMARY KEY,
    volunteer_id         BIGINT                   NOT NULL REFERENCES volunteer (id),
    carrier_id           BIGINT                   NOT NULL REFERENCES carrier (id),
    inspected_by         BIGINT                   NOT NULL REFERENCES user_account (id),
    inspected_on         DATE                     NOT NULL,
    certificate_issued_on DATE                    NOT NULL,
    relevant_conviction  BOOLEAN                  NOT NULL,
    renewal_due_on       DATE                     NOT NULL,
    last_activity_on     DATE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT clearance_check_dates_ck CHECK (certificate_issued_on <= inspected_on)
);
CREATE INDEX clearance_check_volunteer_ix ON clearance_check (volunteer_id, carrier_id);
CREATE INDEX clearance_check_carrier_ix ON clearance_check (carrier_id);

-- the volunteer's consent that any carrier's inspection is shown to the other carriers
CREATE TABLE clearance_consent (
    volunteer_id BIGINT                   NOT NULL PRIMARY KEY REFERENCES volunteer (id),
    given_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
