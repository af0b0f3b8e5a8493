-- ADR 0016: a patient form planned from a course date (sendRelativeTo) keeps the date it was sent for, so a course
-- diagram can tell how far the date moved after the send (NNRR N3: moved more than 30 days).
alter table patient_form add column planned_from date;
