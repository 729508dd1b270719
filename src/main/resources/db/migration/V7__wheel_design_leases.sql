-- Wheel designs are improved in the background (issue 4/7), like the design library: a replica leases a design under
-- FOR UPDATE SKIP LOCKED, searches for a smaller one from it, offers it (fewer tickets wins, V6) and adds the time it
-- spent, so that a design is left alone after the configured total.
ALTER TABLE wheel_designs
    ADD COLUMN background_ms BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN claimed_by    TEXT,
    ADD COLUMN claimed_until TIMESTAMPTZ;
