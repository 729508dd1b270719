-- The whole GeneratedTicketSet of a session as the API returned it (spec 2.1), so that
-- GET /api/v2/sessions/{sessionId} and the exports serve exactly what the client saw. The columns of
-- spec 8.1 stay, for queries; this document is written in the same transaction as them.
ALTER TABLE generated_ticket_sets
    ADD COLUMN result JSONB NOT NULL DEFAULT '{}';

-- Sessions are looked up by the id clients see, and swept by status at start-up.
CREATE INDEX IF NOT EXISTS idx_user_sessions_status ON user_sessions (status, updated_at);
