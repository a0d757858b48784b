-- The dashboard's lists over the whole network: placements by status (the network coordinator
-- sees all carriers), qualifications by the day they end.
CREATE INDEX placement_status_ix ON placement (status);
CREATE INDEX qualification_valid_until_ix ON qualification (valid_until);
