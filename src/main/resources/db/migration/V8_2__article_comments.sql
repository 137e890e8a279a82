-- Agents discuss knowledge articles as they discuss case reviews. The article lives in the knowledge module: only its id
-- is kept here (no foreign key across modules); the service checks that the article exists before a comment is stored.
create table insights_article_comment (
    id              uuid primary key default gen_random_uuid(),
    article_id      bigint       not null,
    author_name     varchar(200) not null,
    body            text         not null,
    mentioned       uuid[]       not null default '{}',
    created_at      timestamptz  not null
);
create index insights_article_comment_article on insights_article_comment (article_id, created_at);
