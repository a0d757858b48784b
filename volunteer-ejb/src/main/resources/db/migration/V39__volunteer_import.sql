-- Volunteers imported from a carrier's spreadsheet (issue 21): who imported what and when, and the
-- imported volunteers, who have neither confirmed their address nor accepted the privacy notice yet
-- (both columns stay empty until they accept it through the invitation link).
CREATE SEQUENCE volunteer_import_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE volunteer_import (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    carrier_id    BIGINT                   NOT NULL REFERENCES carrier (id),
    imported_by   BIGINT                   NOT NULL REFERENCES user_account (id),
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    file_name     VARCHAR(255),
    row_count     INTEGER                  NOT NULL,
    created_count INTEGER                  NOT NULL,
    updated_count INTEGER                  NOT NULL,
    refused_count INTEGER                  NOT NULL
);
CREATE INDEX volunteer_import_carrier_ix ON volunteer_import (carrier_id, imported_at);

ALTER TABLE volunteer ALTER COLUMN privacy_notice_version DROP NOT NULL;
ALTER TABLE volunteer ALTER COLUMN privacy_consent_at DROP NOT NULL;
ALTER TABLE volunteer ADD COLUMN imported_by_carrier_id BIGINT REFERENCES carrier (id);
ALTER TABLE volunteer ADD COLUMN import_id BIGINT REFERENCES volunteer_import (id);
CREATE INDEX volunteer_imported_by_ix ON volunteer (imported_by_carrier_id);
