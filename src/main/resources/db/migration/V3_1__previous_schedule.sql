-- The earlier schedule a re-solve keeps close to (rule moved-from-previous), as the master_schedule.csv and
-- team_meetings.csv it was read from: a job continued after a restart still prefers the places it had.
ALTER TABLE schedule_job ADD COLUMN previous_lessons BYTEA;
ALTER TABLE schedule_job ADD COLUMN previous_meetings BYTEA;
