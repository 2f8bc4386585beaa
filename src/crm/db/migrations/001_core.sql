-- The CRM core. Free text is only ever bound as a parameter; see src/crm/*/repository.ts.
create extension if not exists pg_trgm;

create table teams (
  id uuid primary key default gen_random_uuid(),
  name text not null unique,
  created_at timestamptz not null default now()
);

create table users (
  id uuid primary key default gen_random_uuid(),
  external_id text unique,
  name text not null,
  email text not null unique,
  role text not null check (role in ('rep', 'agent', 'manager', 'admin')),
  team_id uuid references teams(id),
  slack_user_id text unique,
  teams_user_id text unique,
  timezone text,
  locale text,
  settings jsonb not null default '{}',
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index users_team_idx on users (team_id);

create table accounts (
  id uuid primary key default gen_random_uuid(),
  external_id text unique,
  name text not null,
  domain text,
  industry text,
  region text,
  owner_id uuid references users(id),
  aliases text[] not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  anonymised_at timestamptz
);
create index accounts_owner_idx on accounts (owner_id);
create index accounts_domain_idx on accounts (lower(domain));
create index accounts_name_trgm_idx on accounts using gin (lower(name) gin_trgm_ops);
create index accounts_created_idx on accounts (created_at);

create table contacts (
  id uuid primary key default gen_random_uuid(),
  external_id text unique,
  account_id uuid references accounts(id),
  name text not null,
  email text,
  phone text,
  title text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  anonymised_at timestamptz
);
create index contacts_account_idx on contacts (account_id);
create index contacts_email_idx on contacts (email);
create index contacts_phone_idx on contacts (phone);
create index contacts_name_trgm_idx on contacts using gin (lower(name) gin_trgm_ops);

create table deals (
  id uuid primary key default gen_random_uuid(),
  external_id text unique,
  account_id uuid not null references accounts(id),
  name text not null,
  amount numeric(16, 2),
  currency char(3) not null default 'USD',
  stage text not null default 'lead' check (stage in ('lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost')),
  owner_id uuid references users(id),
  close_date date,
  closed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index deals_account_idx on deals (account_id);
create index deals_owner_idx on deals (owner_id);
create index deals_closed_idx on deals (closed_at) where closed_at is not null;
create index deals_created_idx on deals (created_at);
create index deals_open_idx on deals (close_date) where stage not in ('won', 'lost');

create sequence ticket_number_seq start 1001;
create table tickets (
  id uuid primary key default gen_random_uuid(),
  number integer not null unique default nextval('ticket_number_seq'),
  external_id text unique,
  account_id uuid not null references accounts(id),
  contact_id uuid references contacts(id),
  subject text not null,
  description text,
  priority text not null default 'normal' check (priority in ('low', 'normal', 'high', 'urgent')),
  status text not null default 'open' check (status in ('open', 'pending', 'resolved', 'closed')),
  assignee_id uuid references users(id),
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  first_response_at timestamptz,
  resolved_at timestamptz,
  updated_at timestamptz not null default now(),
  sla_warned_at timestamptz,
  sla_escalated_at timestamptz,
  search_text text not null default '',
  tsv tsvector generated always as (to_tsvector('simple', search_text)) stored
);
alter sequence ticket_number_seq owned by tickets.number;
create index tickets_account_idx on tickets (account_id, created_at desc);
create index tickets_open_idx on tickets (account_id) where status in ('open', 'pending');
create index tickets_assignee_idx on tickets (assignee_id);
create index tickets_created_idx on tickets (created_at);
create index tickets_resolved_idx on tickets (resolved_at) where resolved_at is not null;
create index tickets_tsv_idx on tickets using gin (tsv);

create table activities (
  id uuid primary key default gen_random_uuid(),
  external_id text unique,
  account_id uuid references accounts(id),
  contact_id uuid references contacts(id),
  deal_id uuid references deals(id),
  ticket_id uuid references tickets(id),
  kind text not null check (kind in ('call', 'meeting', 'email', 'note')),
  occurred_at timestamptz not null default now(),
  owner_id uuid references users(id),
  subject text,
  body text,
  summary text,
  sentiment text,
  duration_minutes integer,
  details jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  search_text text not null default '',
  tsv tsvector generated always as (to_tsvector('simple', search_text)) stored
);
create index activities_account_time_idx on activities (account_id, occurred_at desc);
create index activities_owner_time_idx on activities (owner_id, occurred_at);
create index activities_occurred_idx on activities (occurred_at);
create index activities_tsv_idx on activities using gin (tsv);

create table tasks (
  id uuid primary key default gen_random_uuid(),
  external_id text unique,
  subject text not null,
  due_date date,
  status text not null default 'open' check (status in ('open', 'done')),
  account_id uuid references accounts(id),
  deal_id uuid references deals(id),
  activity_id uuid references activities(id),
  owner_id uuid references users(id),
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  completed_at timestamptz
);
create index tasks_owner_due_idx on tasks (owner_id, due_date) where status = 'open';
create index tasks_account_idx on tasks (account_id);

-- import's memory of external ids, including lines merged into another record
create table external_refs (
  type text not null,
  external_id text not null,
  record_id uuid not null,
  primary key (type, external_id)
);

create table conversations (
  id uuid primary key default gen_random_uuid(),
  surface text not null,
  channel text not null,
  thread text not null,
  user_id uuid not null references users(id),
  state jsonb not null default '{}',
  reference jsonb,
  updated_at timestamptz not null default now(),
  unique (surface, channel, thread, user_id)
);

create table processed_events (
  event_id text primary key,
  surface text not null,
  received_at timestamptz not null default now()
);

create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  actor_id uuid references users(id),
  action text not null,
  record_type text not null,
  record_id uuid,
  before jsonb,
  after jsonb,
  source jsonb,
  undone_at timestamptz
);
create index audit_record_idx on audit_log (record_type, record_id);
create index audit_actor_idx on audit_log (actor_id, at desc);

create table api_tokens (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique,
  user_id uuid not null references users(id),
  purpose text not null default 'api',
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz
);

create table model_calls (
  id bigserial primary key,
  at timestamptz not null default now(),
  task text not null,
  prompt_version text,
  model text not null,
  record_ids text[] not null default '{}',
  output jsonb,
  latency_ms integer,
  prompt_tokens integer,
  completion_tokens integer,
  fallback boolean not null default false,
  error text
);

create table settings (
  key text primary key,
  value jsonb not null
);
