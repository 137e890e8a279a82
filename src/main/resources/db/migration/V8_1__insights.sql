-- Insights: the feedback loop's own read models and records. Ticket data is read through the ticket module's API.

-- Questions customers asked that found no answer (assistant) or no article (knowledge search).
create table insights_question (
    id              bigserial primary key,
    gap_id          bigint       not null,
    source          varchar(16)  not null check (source in ('ASSISTANT', 'SEARCH')),
    reason          varchar(16),
    question        text         not null,
    language        varchar(16)  not null,
    organization_id uuid,
    asked_at        timestamptz  not null
);
create index insights_question_gap on insights_question (gap_id, asked_at desc);

-- A documentation gap: paraphrases of one question grouped by meaning.
create table insights_doc_gap (
    id              bigserial primary key,
    representative  text         not null,
    language        varchar(16)  not null,
    terms           text         not null,
    question_count  integer      not null default 0,
    first_asked_at  timestamptz  not null,
    last_asked_at   timestamptz  not null,
    closed          boolean      not null default false
);
create index insights_doc_gap_language on insights_doc_gap (language, last_asked_at desc);

create table insights_feedback_item (
    id                  uuid primary key default gen_random_uuid(),
    title               varchar(300) not null,
    description         text         not null default '',
    owner_team          varchar(16)  not null check (owner_team in ('PRODUCT', 'RND', 'DOCS')),
    status              varchar(16)  not null check (status in ('OPEN', 'PLANNED', 'DONE', 'DECLINED')),
    source_type         varchar(16)  not null check (source_type in ('TOPIC', 'GAP', 'TICKET')),
    source_ref          varchar(300) not null,
    evidence_tickets    uuid[]       not null default '{}',
    evidence_count      integer      not null default 0,
    affected_orgs       uuid[]       not null default '{}',
    created_by          varchar(200) not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null
);
create index insights_feedback_item_status on insights_feedback_item (status, updated_at desc);

create table insights_case_review (
    id              uuid primary key default gen_random_uuid(),
    ticket_id       uuid         not null unique,
    ticket_number   bigint       not null,
    title           varchar(300) not null,
    problem         text         not null,
    root_cause      text         not null,
    resolution      text         not null,
    lessons         text         not null,
    locale          varchar(16)  not null,
    tags            text[]       not null default '{}',
    author_name     varchar(200) not null,
    published_at    timestamptz  not null,
    case_of_week    date
);
create index insights_case_review_week on insights_case_review (case_of_week) where case_of_week is not null;

create table insights_case_comment (
    id              uuid primary key default gen_random_uuid(),
    review_id       uuid         not null references insights_case_review (id) on delete cascade,
    author_name     varchar(200) not null,
    body            text         not null,
    mentioned       uuid[]       not null default '{}',
    created_at      timestamptz  not null
);
create index insights_case_comment_review on insights_case_comment (review_id, created_at);
