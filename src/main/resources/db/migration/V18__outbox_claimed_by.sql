-- Which node holds an e-mail notice's claim (host:pid): what the relay releases when a batch runs out of time, and
-- what an operator reads when a node died mid-batch (docs/eprom.md).
alter table notification_outbox add column claimed_by varchar(64);
