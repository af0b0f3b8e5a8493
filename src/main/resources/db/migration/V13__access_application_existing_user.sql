-- Issue 18: "Søk ny tilgang" on Min side. A logged-in user applies for another unit or for Rapporteket with the
-- account they have: the approval grants the role to that account instead of creating a new user.
alter table access_application add column existing_user boolean not null default false;
