-- The outbox: every outgoing e-mail and webhook, written in the caller's transaction and delivered by the dispatcher.
create table notification_outbox (
    id              uuid primary key default gen_random_uuid(),
    channel         text        not null check (channel in ('EMAIL', 'WEBHOOK')),
    dedupe_key      text        not null unique,
    recipient       text        not null,
    topic           text,
    subject         text        not null,
    payload         jsonb       not null,
    state           text        not null default 'PENDING' check (state in ('PENDING', 'SENT', 'DEAD')),
    attempts        integer     not null default 0,
    max_attempts    integer     not null,
    last_error      text,
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    sent_at         timestamptz
);

-- what the dispatcher claims: due pending messages, oldest first
create index notification_outbox_due on notification_outbox (next_attempt_at) where state = 'PENDING';
-- the rate limit counts a recipient's recent messages per topic
create index notification_outbox_rate on notification_outbox (recipient, topic, created_at) where topic is not null;
create index notification_outbox_recent on notification_outbox (created_at desc);
