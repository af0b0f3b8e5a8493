-- The identifier an OpenID Connect provider vouches for (HelseID's HPR number, ID-porten's pid), which maps a login
-- through the provider to this registry user (issue 21, ADR 0015). Empty for users who log in with password and SMS.
alter table app_user add column external_id varchar(100);
create unique index ux_app_user_external_id on app_user (external_id);
