-- Draw sources (issue 7/7): what each game's last fetch did, shared by the replicas, and the lease that lets only
-- one replica fetch a game at a time. A row appears with the first fetch of a configured source.
CREATE TABLE draw_source_state (
    lottery_config_id  TEXT PRIMARY KEY REFERENCES lottery_configurations (id) ON DELETE CASCADE,
    lease_owner        TEXT,
    lease_until        TIMESTAMPTZ,
    last_attempt_at    TIMESTAMPTZ,
    last_success_at    TIMESTAMPTZ,
    last_outcome       TEXT CHECK (last_outcome IN ('success', 'http_error', 'timeout', 'unreachable', 'too_large',
                                                    'invalid', 'unknown_game')),
    last_message       TEXT,
    last_stored        INTEGER,
    failures_in_a_row  INTEGER NOT NULL DEFAULT 0
);
