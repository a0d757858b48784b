-- Courses can now be added over the API. The catalogue was seeded with ids 1-3 and EclipseLink
-- hands out the 50 ids below each sequence value, so the sequence must start where seeded tables do.
ALTER SEQUENCE course_seq RESTART WITH 100;
