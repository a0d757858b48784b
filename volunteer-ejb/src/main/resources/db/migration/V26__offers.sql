-- Schema version 26: the carriers' regular offers on site (parents' café, consultation hours,
-- meeting place, youth club) with their weekly times, languages and the dates they are off.

CREATE SEQUENCE offer_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE offer (
    id              BIGINT        NOT NULL PRIMARY KEY,
    carrier_id      BIGINT        NOT NULL REFERENCES carrier (id),
    site_id         BIGINT        NOT NULL REFERENCES site (id),
    title_de        VARCHAR(120)  NOT NULL,
    title_en        VARCHAR(120),
    description_de  VARCHAR(2000) NOT NULL,
    description_en  VARCHAR(2000),
    valid_from      DATE,
    valid_until     DATE,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT offer_validity_ck CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)
);
CREATE INDEX offer_carrier_ix ON offer (carrier_id);
CREATE INDEX offer_site_ix ON offer (site_id);

CREATE TABLE offer_time (
    offer_id    BIGINT     NOT NULL REFERENCES offer (id),
    day_of_week VARCHAR(9) NOT NULL,
    start_time  TIME       NOT NULL,
    end_time    TIME       NOT NULL,
    PRIMARY KEY (offer_id, day_of_week, start_time, end_time),
    CONSTRAINT offer_time_day_ck CHECK (day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY',
        'SATURDAY', 'SUNDAY')),
    CONSTRAINT offer_time_order_ck CHECK (end_time > start_time)
);

CREATE TABLE offer_language (
    offer_id BIGINT     NOT NULL REFERENCES offer (id),
    language VARCHAR(2) NOT NULL,
    PRIMARY KEY (offer_id, language)
);

-- "fällt aus am …": a date on which the offer does not take place
CREATE TABLE offer_cancellation (
    offer_id       BIGINT NOT NULL REFERENCES offer (id),
    cancelled_on   DATE   NOT NULL,
    PRIMARY KEY (offer_id, cancelled_on)
);
