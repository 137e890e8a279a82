-- Files attached to tickets (screenshots, SDK logs, captures). Kept in the database beside their ticket, so a backup
-- of PostgreSQL is a backup of everything; the size limit per file is a setting (globaldesk.tickets.attachment-max-bytes).
create table ticket_attachment (
    id              uuid primary key default gen_random_uuid(),
    ticket_id       uuid         not null references ticket (id) on delete cascade,
    file_name       varchar(255) not null,
    content_type    varchar(255) not null,
    size_bytes      bigint       not null check (size_bytes > 0),
    internal        boolean      not null default false,
    uploaded_by     varchar(200),
    content         bytea        not null,
    created_at      timestamptz  not null
);
create index ticket_attachment_ticket on ticket_attachment (ticket_id, created_at);
