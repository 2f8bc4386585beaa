-- Covering indexes for KPI windows: the metric queries read these columns only (index-only scans on 1M rows).
create index activities_kpi_idx on activities (occurred_at) include (owner_id, account_id, kind);
create index tickets_kpi_created_idx on tickets (created_at) include (assignee_id, account_id, priority, first_response_at);
create index tickets_kpi_resolved_idx on tickets (resolved_at) include (created_at, assignee_id, account_id, priority) where resolved_at is not null;
