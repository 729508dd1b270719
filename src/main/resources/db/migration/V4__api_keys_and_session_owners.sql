-- Client identity (issue 1/7): API keys issued by an administrator, stored only as SHA-256 hashes, with the scopes
-- they grant and limits of their own; and the owner of every session, so that only it (or an administrator) can see
-- or change the session.
CREATE TABLE api_keys
(
    id                  UUID         NOT NULL PRIMARY KEY DEFAULT gen_random_uuid(),
    name                VARCHAR(100) NOT NULL,
    key_hash            VARCHAR(64)  NOT NULL UNIQUE,
    scopes              VARCHAR(100) NOT NULL,
    generation_requests INTEGER,
    api_requests        INTEGER,
    status_checks       INTEGER,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    revoked_at          TIMESTAMPTZ,
    CONSTRAINT valid_scopes CHECK (scopes ~ '^((generate|write-draws|admin)(,(generate|write-draws|admin))*)?$'),
    CONSTRAINT positive_limits CHECK ((generation_requests IS NULL OR generation_requests > 0)
        AND (api_requests IS NULL OR api_requests > 0) AND (status_checks IS NULL OR status_checks > 0))
);

-- 'key:<api key id>', 'address:<hash of the address>' or 'operator'; NULL for sessions created before owners were
-- kept, which only an administrator can see.
ALTER TABLE user_sessions
    ADD COLUMN owner VARCHAR(64);
CREATE INDEX user_sessions_active_owner ON user_sessions (owner) WHERE status = 'active';
