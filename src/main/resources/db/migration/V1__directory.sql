-- Directory: support centers and their calendars, organizations, contacts, agents, teams, users and API tokens.

create table support_center (
    id              uuid primary key default gen_random_uuid(),
    code            varchar(16)  not null unique,
    name            varchar(200) not null,
    time_zone       varchar(64)  not null,
    on_call_agent_id uuid,
    active          boolean      not null default true,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now()
);

-- One row per day and interval: MON-FRI 09:00-18:00 is five rows. day_of_week is ISO (1 = Monday).
create table support_center_hours (
    support_center_id uuid     not null references support_center (id) on delete cascade,
    day_of_week       smallint not null check (day_of_week between 1 and 7),
    opens_at          time     not null,
    closes_at         time     not null check (closes_at > opens_at),
    primary key (support_center_id, day_of_week, opens_at)
);

create table support_center_holiday (
    support_center_id uuid         not null references support_center (id) on delete cascade,
    day               date         not null,
    name              varchar(200) not null default '',
    primary key (support_center_id, day)
);

create table organization (
    id              uuid primary key default gen_random_uuid(),
    name            varchar(200) not null,
    country         char(2)      not null,
    locale          varchar(35)  not null,
    tier            varchar(16)  not null check (tier in ('STANDARD', 'PREMIUM', 'ENTERPRISE')),
    region          varchar(8)   not null check (region in ('APAC', 'EMEA', 'AMER')),
    culture_profile varchar(32)  not null,
    contact_email   varchar(254),
    active          boolean      not null default true,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now()
);

-- An app id belongs to one organization only: telemetry is attributed through it.
create table organization_app (
    app_id          varchar(64) primary key,
    organization_id uuid        not null references organization (id) on delete cascade
);
create index organization_app_org on organization_app (organization_id);

create table contact (
    id              uuid primary key default gen_random_uuid(),
    organization_id uuid         not null references organization (id),
    name            varchar(200) not null,
    email           varchar(254) not null,
    locale          varchar(35),
    active          boolean      not null default true,
    created_at      timestamptz  not null default now()
);
create unique index contact_email on contact (lower(email));
create index contact_org on contact (organization_id);

create table agent (
    id                uuid primary key default gen_random_uuid(),
    name              varchar(200) not null,
    email             varchar(254) not null,
    support_center_id uuid         not null references support_center (id),
    languages         text[]       not null default '{}',
    skills            text[]       not null default '{}',
    capacity          integer      not null check (capacity between 0 and 1000),
    available         boolean      not null default true,
    active            boolean      not null default true,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now()
);
create unique index agent_email on agent (lower(email));
alter table support_center add constraint support_center_on_call foreign key (on_call_agent_id) references agent (id);

create table team (
    id                uuid primary key default gen_random_uuid(),
    name              varchar(200) not null,
    support_center_id uuid references support_center (id),
    active            boolean      not null default true,
    created_at        timestamptz  not null default now()
);
create unique index team_name on team (lower(name));

create table team_member (
    team_id  uuid not null references team (id) on delete cascade,
    agent_id uuid not null references agent (id) on delete cascade,
    primary key (team_id, agent_id)
);

create table app_user (
    id              uuid primary key default gen_random_uuid(),
    email           varchar(254) not null,
    display_name    varchar(200) not null,
    password_hash   varchar(200) not null,
    role            varchar(16)  not null check (role in ('ADMIN', 'SUPPORT_LEAD', 'AGENT', 'CUSTOMER')),
    organization_id uuid references organization (id),
    agent_id        uuid references agent (id),
    contact_id      uuid references contact (id),
    locale          varchar(35),
    enabled         boolean      not null default true,
    created_at      timestamptz  not null default now(),
    last_login_at   timestamptz,
    constraint customer_has_one_organization check ((role = 'CUSTOMER') = (organization_id is not null))
);
create unique index app_user_email on app_user (lower(email));

create table api_token (
    id              uuid primary key default gen_random_uuid(),
    name            varchar(200) not null,
    token_hash      char(64)     not null unique,
    prefix          varchar(16)  not null,
    role            varchar(16)  not null check (role in ('ADMIN', 'SUPPORT_LEAD', 'AGENT', 'CUSTOMER', 'INGEST')),
    organization_id uuid references organization (id),
    user_id         uuid references app_user (id),
    created_at      timestamptz  not null default now(),
    expires_at      timestamptz,
    revoked_at      timestamptz,
    last_used_at    timestamptz,
    constraint bound_roles_have_organization
        check ((role in ('CUSTOMER', 'INGEST')) = (organization_id is not null))
);

create table app_setting (
    key   varchar(100) primary key,
    value text not null
);
