-- Spec 9.2 (issue 7/7): stopping criteria and strategy modifiers changed at run time, shared by every replica. A row
-- of runtime_settings replaces the configured values of one tier's criteria or one strategy's modifiers (all of its
-- values, the changed and the kept); runtime_settings_history records every change and revert, who made it and when,
-- and its largest id is the revision the replicas poll for.
CREATE TABLE runtime_settings (
    name        TEXT PRIMARY KEY CHECK (name ~ '^(stopping-criteria\.tier[0-9]+|strategy-modifiers\.[a-z]+)$'),
    value       JSONB       NOT NULL,
    revision    BIGINT      NOT NULL,
    changed_by  TEXT        NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE runtime_settings_history (
    id          BIGSERIAL PRIMARY KEY,
    name        TEXT        NOT NULL,
    value       JSONB,
    changed_by  TEXT        NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
