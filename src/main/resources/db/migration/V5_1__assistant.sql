-- The assistant's conversations and messages (module io.globaldesk.assistant).
create table assistant_conversation (
    id               uuid primary key,
    organization_id  uuid,
    user_id          uuid,
    language         varchar(16) not null,
    culture_profile  varchar(32) not null,
    handoff_offered  boolean not null default false,
    handoff_ticket_id uuid,
    taken_over_by    uuid,
    taken_over_name  varchar(200),
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create index assistant_conversation_org on assistant_conversation (organization_id, created_at);

create table assistant_message (
    id               uuid primary key,
    conversation_id  uuid not null references assistant_conversation (id),
    seq              integer not null,
    author           varchar(16) not null,   -- CUSTOMER, ASSISTANT, AGENT
    author_name      varchar(200),
    body             text not null,
    language         varchar(16),
    question         text,                   -- for assistant replies: the question as searched
    outcome          varchar(24),
    answered         boolean,
    confidence       double precision,
    citations        text,                   -- one citation a line: articleId<TAB>externalId<TAB>locale<TAB>score<TAB>title
    feedback         smallint,               -- 1 thumbs up, -1 thumbs down
    created_at       timestamptz not null,
    unique (conversation_id, seq)
);
create index assistant_message_stats on assistant_message (author, language, created_at);
