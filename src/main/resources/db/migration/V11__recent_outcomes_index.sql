-- Spec 9.2's dynamic thresholds read each tier's most recent sets: newest first, without a scan of the whole table.
CREATE INDEX idx_generated_ticket_sets_created_at ON generated_ticket_sets (created_at DESC);
