-- The knowledge base: articles with a source locale, one translation row per locale (the source included), their
-- history, helpful votes and the termbase. Only the knowledge module reads or writes these tables.
create table kb_category (
    code text primary key,
    created_at timestamptz not null default now()
);

create table kb_article (
    id bigserial primary key,
    external_id text not null unique,
    source_locale text not null,
    category text not null references kb_category (code),
    tags text[] not null default '{}',
    visibility text not null check (visibility in ('PUBLIC', 'INTERNAL')),
    platforms text[] not null default '{}',
    sdk_versions text,
    revision integer not null default 1,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

create table kb_translation (
    article_id bigint not null references kb_article (id) on delete cascade,
    locale text not null,
    title text not null,
    body text not null,
    state text not null check (state in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'OUTDATED')),
    source_revision integer not null,
    updated_at timestamptz not null,
    primary key (article_id, locale)
);

create table kb_article_version (
    id bigserial primary key,
    article_id bigint not null references kb_article (id) on delete cascade,
    locale text not null,
    revision integer not null,
    title text not null,
    body text not null,
    state text not null,
    minor_edit boolean not null default false,
    edited_by text,
    edited_at timestamptz not null
);
create index kb_article_version_article on kb_article_version (article_id, edited_at desc);

create table kb_vote (
    article_id bigint not null references kb_article (id) on delete cascade,
    locale text not null,
    helpful integer not null default 0,
    not_helpful integer not null default 0,
    primary key (article_id, locale)
);

create table kb_term (
    id bigserial primary key,
    source text not null,
    locale text not null,
    target text not null,
    updated_at timestamptz not null
);
create unique index kb_term_source_locale on kb_term (lower(source), locale);
