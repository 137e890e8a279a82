-- Administrators' overrides of culture phrasing and reply templates; the i18n/culture bundles stay the default.
-- profile '*' applies to every profile; only the culture module reads or writes this table.
create table culture_template_override (
    template_key text not null,
    profile text not null,
    language text not null,
    pattern text not null,
    updated_by text,
    updated_at timestamptz not null,
    primary key (template_key, profile, language)
);
