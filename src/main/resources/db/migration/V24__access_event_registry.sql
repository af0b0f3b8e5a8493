-- ADR 0013 step 5: a user is given or loses access to a unit of one registry. The events so far were all SmerteReg's,
-- the only registry there was.
alter table access_event add column registry_id varchar(40);
update access_event set registry_id = 'smertereg';
