-- SLA warnings and breaches, each recorded once per ticket and measure: the primary key makes the escalation job
-- idempotent even when two runs overlap.
create table ticket_sla_escalation (
    ticket_id   uuid        not null references ticket (id) on delete cascade,
    measure     varchar(20) not null check (measure in ('FIRST_RESPONSE', 'RESOLUTION')),
    level       varchar(10) not null check (level in ('WARNING', 'BREACH')),
    at          timestamptz not null,
    primary key (ticket_id, measure, level)
);

-- Follow-the-sun hand-overs, for the lead's view and the agents' notifications.
create table ticket_handover (
    id              uuid primary key default gen_random_uuid(),
    ticket_id       uuid         not null references ticket (id) on delete cascade,
    from_agent_id   uuid,
    from_name       varchar(200),
    from_center     varchar(16),
    to_agent_id     uuid,
    to_name         varchar(200),
    to_center       varchar(16),
    at              timestamptz  not null
);
create index ticket_handover_at on ticket_handover (at desc);

-- When the escalation job next has something to look at for a ticket (its next 80 % or 100 % point); null while
-- paused or when nothing is left to escalate. The job reads only the tickets that are due.
alter table ticket add column sla_next_check_at timestamptz;
create index ticket_sla_next_check on ticket (sla_next_check_at) where status in ('NEW', 'OPEN') and sla_next_check_at is not null;
