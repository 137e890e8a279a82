-- Tickets: the support cases, their articles (messages), history, satisfaction and SLA state.

create sequence ticket_number_seq start 10001;

create table ticket (
    id                      uuid primary key default gen_random_uuid(),
    number                  bigint       not null unique default nextval('ticket_number_seq'),
    organization_id         uuid,
    requester_name          varchar(200),
    requester_email         varchar(254),
    subject                 varchar(300) not null,
    language                varchar(16)  not null,
    category                varchar(64)  not null,
    category_confidence     double precision,
    severity                varchar(2)   not null check (severity in ('S1', 'S2', 'S3', 'S4')),
    status                  varchar(20)  not null check (status in ('NEW', 'OPEN', 'PENDING_CUSTOMER', 'SOLVED', 'CLOSED', 'MERGED')),
    channel                 varchar(16)  not null,
    assignee_agent_id       uuid,
    assignee_name           varchar(200),
    support_center          varchar(16),
    session_id              varchar(200),
    app_id                  varchar(64),
    tags                    text[]       not null default '{}',
    merged_into             uuid references ticket (id),
    external_id             varchar(200),
    imported                boolean      not null default false,
    routing_reasons         text         not null default '[]',
    queued                  boolean      not null default false,
    assigned_at             timestamptz,
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null,
    first_responded_at      timestamptz,
    solved_at               timestamptz,
    closed_at               timestamptz,
    sla_started_at          timestamptz,
    sla_tier                varchar(16),
    sla_paused_since        timestamptz,
    first_response_due_at   timestamptz,
    resolution_due_at       timestamptz,
    sla_warned              boolean      not null default false,
    sla_breached            boolean      not null default false
);
create index ticket_org on ticket (organization_id, created_at desc);
create index ticket_assignee_open on ticket (assignee_agent_id) where status in ('NEW', 'OPEN', 'PENDING_CUSTOMER');
create index ticket_queued on ticket (created_at) where queued;
create index ticket_session on ticket (session_id) where session_id is not null;
create unique index ticket_external on ticket (external_id) where external_id is not null;
create index ticket_created on ticket (created_at);

create table ticket_article (
    id              uuid primary key default gen_random_uuid(),
    ticket_id       uuid         not null references ticket (id) on delete cascade,
    author_type     varchar(16)  not null check (author_type in ('CUSTOMER', 'AGENT', 'SYSTEM', 'ASSISTANT')),
    author_id       uuid,
    author_name     varchar(200),
    body            text         not null,
    internal        boolean      not null default false,
    message_id      varchar(300),
    in_reply_to     varchar(300),
    created_at      timestamptz  not null
);
create index ticket_article_ticket on ticket_article (ticket_id, created_at);
create unique index ticket_article_message on ticket_article (message_id) where message_id is not null;

create table ticket_history (
    id          bigserial primary key,
    ticket_id   uuid         not null references ticket (id) on delete cascade,
    at          timestamptz  not null,
    actor       varchar(200) not null,
    field       varchar(64)  not null,
    old_value   text,
    new_value   text
);
create index ticket_history_ticket on ticket_history (ticket_id, at);

-- Time spent waiting for the customer does not count against the SLA.
create table ticket_sla_pause (
    ticket_id   uuid        not null references ticket (id) on delete cascade,
    paused_at   timestamptz not null,
    resumed_at  timestamptz,
    primary key (ticket_id, paused_at)
);

create table ticket_satisfaction (
    ticket_id   uuid primary key references ticket (id) on delete cascade,
    score       smallint    not null check (score between 1 and 5),
    comment     text,
    created_at  timestamptz not null
);

create table ticket_category (
    code        varchar(64)  primary key,
    skill       varchar(64)  not null,
    active      boolean      not null default true
);
