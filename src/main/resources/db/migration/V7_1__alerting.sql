-- Incidents the live engine opened, on event time. The id is the engine's (deterministic per scope and minute), so a
-- replay after a restart finds the incidents it already stored instead of opening them again.
create table alert_incident (
    id          text primary key,
    kind        text        not null check (kind in ('NETWORK_QUALITY', 'API_ERRORS')),
    region      text,
    isp         text,
    edge_node   text,
    app_id      text,
    api         text,
    metric      text        not null,
    started_at  timestamptz not null,
    detected_at timestamptz not null,
    resolved_at timestamptz,
    status      text        not null check (status in ('FIRING', 'RESOLVED'))
);
create index alert_incident_status on alert_incident (status, detected_at desc);

-- the scope's per-minute figures around the incident, for its chart
create table alert_incident_point (
    incident_id text             not null references alert_incident (id) on delete cascade,
    minute      timestamptz      not null,
    metric      text             not null,
    value       double precision not null,
    volume      bigint           not null,
    primary key (incident_id, minute, metric)
);

-- organizations with sessions (users) or API calls (failed calls) in the scope while the incident fired
create table alert_incident_organization (
    incident_id     text        not null references alert_incident (id) on delete cascade,
    organization_id uuid        not null,
    affected_users  bigint      not null,
    first_seen_at   timestamptz not null,
    notified_at     timestamptz,
    ticket_id       uuid,
    resolved_notified_at timestamptz,
    primary key (incident_id, organization_id)
);
create index alert_incident_organization_org on alert_incident_organization (organization_id);

-- silences and maintenance windows
create table alert_silence (
    id          text primary key,
    matchers    jsonb       not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    maintenance boolean     not null,
    comment     text,
    created_by  text,
    created_at  timestamptz not null default now()
);

-- where an organization wants incident notices as signed webhooks
create table organization_webhook (
    organization_id uuid primary key,
    url             text        not null,
    secret          text        not null,
    updated_at      timestamptz not null default now()
);

-- health scores per organization ('ORG', id) and per region ('REGION', code), one row per hour
create table alert_health (
    subject_type text             not null check (subject_type in ('ORG', 'REGION')),
    subject      text             not null,
    hour         timestamptz      not null,
    score        double precision not null,
    mos          double precision,
    loss_p95     double precision,
    api_error_rate double precision,
    open_tickets integer,
    breached_tickets integer,
    satisfaction double precision,
    incidents    integer          not null default 0,
    primary key (subject_type, subject, hour)
);
