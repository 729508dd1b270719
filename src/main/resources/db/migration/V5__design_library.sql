-- The design library (issue 4/7): for each key (see DesignKey: game, tier, strategy, tickets, cold-pattern choice,
-- pattern data, algorithm) the best ticket set found so far, with the exact figures a relabelling keeps, so that a
-- request is answered by relabelling it instead of searching. Shared by all replicas; an improvement replaces a
-- design only when its objective is higher (compare-and-set in the upsert), and background work is claimed with a
-- lease taken under FOR UPDATE SKIP LOCKED.
CREATE TABLE design_library
(
    design_key            VARCHAR(16)      NOT NULL PRIMARY KEY,
    game                  VARCHAR(40)      NOT NULL,
    game_digest           VARCHAR(16)      NOT NULL,
    target_tier           INTEGER          NOT NULL,
    strategy              VARCHAR(20)      NOT NULL,
    tickets               INTEGER          NOT NULL,
    cold_patterns         VARCHAR(10)      NOT NULL,
    pattern_digest        VARCHAR(16)      NOT NULL,
    algorithm             VARCHAR(20)      NOT NULL,
    -- A game of this shape, whose pattern data the background search reads; NULL once no such game is left.
    lottery_id            VARCHAR(64),
    revision              INTEGER          NOT NULL DEFAULT 1,
    objective             DOUBLE PRECISION NOT NULL,
    ticket_masks          BIGINT[]         NOT NULL,
    ticket_patterns       TEXT[]           NOT NULL,
    ticket_groups         TEXT[]           NOT NULL,
    ticket_strategies     TEXT[]           NOT NULL,
    ticket_anchors        BIGINT[]         NOT NULL,
    ticket_shares         DOUBLE PRECISION[] NOT NULL,
    pool                  BIGINT           NOT NULL,
    wheel_guarantees      INTEGER[]        NOT NULL,
    lowest_tier           INTEGER          NOT NULL,
    draws_with_best_match BIGINT[]         NOT NULL,
    guaranteed_matches    INTEGER          NOT NULL,
    payout_cents          BIGINT[]         NOT NULL,
    payout_draws          BIGINT[]         NOT NULL,
    coverage              DOUBLE PRECISION[] NOT NULL,
    seed                  BIGINT           NOT NULL,
    search_attempts       BIGINT           NOT NULL,
    search_ms             BIGINT           NOT NULL,
    -- Search spent on this key in total, the stored design's own search included.
    total_search_ms       BIGINT           NOT NULL,
    found_at              TIMESTAMPTZ      NOT NULL DEFAULT now(),
    requests              BIGINT           NOT NULL DEFAULT 0,
    improved_at           TIMESTAMPTZ      NOT NULL DEFAULT now(),
    claimed_until         TIMESTAMPTZ,
    claimed_by            VARCHAR(64)
);

CREATE INDEX design_library_work ON design_library (requests DESC, improved_at);

-- A set answered from the library names why no search ran.
ALTER TABLE generated_ticket_sets
    DROP CONSTRAINT valid_stopping_reason;
ALTER TABLE generated_ticket_sets
    ADD CONSTRAINT valid_stopping_reason CHECK (stopping_reason IN ('pattern_thresholds', 'quality_thresholds',
        'max_attempts', 'timeout', 'quality_stall', 'user_override', 'stored_design'));

-- Ticket numbers are checked against their game once per statement, not once per row: a set's tickets are now
-- inserted in one statement, and the row trigger's two queries per ticket cost PostgreSQL most of a 50-ticket
-- insert (BENCHMARKS.md, design library). The same rule and messages (assert_numbers_fit_configuration).
DROP TRIGGER trg_ticket_numbers ON lottery_tickets;
DROP FUNCTION check_ticket_numbers();

CREATE FUNCTION check_ticket_numbers_of_statement() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    misfit RECORD;
BEGIN
    SELECT a.numbers, s.lottery_config_id AS config_id
    INTO misfit
    FROM written a
             JOIN generated_ticket_sets t ON t.id = a.ticket_set_id
             JOIN user_sessions s ON s.id = t.session_id
             LEFT JOIN lottery_configurations c ON c.id = s.lottery_config_id
    WHERE c.id IS NULL
       OR cardinality(a.numbers) <> c.draw_size
       OR a.numbers[1] < c.number_min
       OR a.numbers[cardinality(a.numbers)] > c.number_max
    LIMIT 1;
    IF FOUND THEN
        -- Raises the error that names the game and the rule.
        PERFORM assert_numbers_fit_configuration(misfit.config_id, misfit.numbers);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER trg_ticket_numbers_inserted
    AFTER INSERT
    ON lottery_tickets
    REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT
EXECUTE FUNCTION check_ticket_numbers_of_statement();

CREATE TRIGGER trg_ticket_numbers_updated
    AFTER UPDATE
    ON lottery_tickets
    REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT
EXECUTE FUNCTION check_ticket_numbers_of_statement();
