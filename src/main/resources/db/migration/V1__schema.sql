-- lottery-engine schema, version 1.
--
-- Every table of spec sections 8.1 and 5.2 and the indexes of 8.2, with these deliberate changes:
--   * lottery_configurations has a path-safe text id ('5-35', 'tx-cash-five-5-35') used in URLs, a
--     unique display name ('5/35', the spec's lotteryType), a ticket price and a pattern rule.
--     The spec's tier3_prize..tier5_prize columns only fit 5-number games with three prize tiers;
--     they are replaced by lottery_prize_tiers, one row per prized match count of any k-of-n game
--     (a 2-match free ticket in Texas Cash Five, a 6-match jackpot in a 6/49 game).
--   * valid_numbers no longer hard-codes 5 numbers: arrays hold 1..10 strictly increasing positive
--     numbers, and triggers check count and range against the ticket's or draw's configuration.
--   * draws (not in the spec) keeps the real draw history every measured figure comes from.
--   * Timestamps are TIMESTAMPTZ: the service runs in several replicas and time zones.
--   * Children are deleted with their session (ON DELETE CASCADE), so the GDPR deletion of spec
--     14.3 removes every row of a session in one statement.

-- Helpers --------------------------------------------------------------------------------------

-- True when the array is non-empty and strictly increasing, which also makes its values distinct.
CREATE FUNCTION is_strictly_increasing(values_in INTEGER[]) RETURNS BOOLEAN
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
$$
SELECT cardinality(values_in) > 0
       AND NOT EXISTS (SELECT 1
                       FROM generate_subscripts(values_in, 1) AS i
                       WHERE i > 1 AND values_in[i] <= values_in[i - 1]);
$$;

-- Configurations --------------------------------------------------------------------------------

CREATE TABLE lottery_configurations
(
    id             VARCHAR(64)   NOT NULL PRIMARY KEY,
    name           VARCHAR(100)  NOT NULL,
    description    VARCHAR(500),
    number_min     INTEGER       NOT NULL DEFAULT 1,
    number_max     INTEGER       NOT NULL,
    draw_size      INTEGER       NOT NULL,
    pattern_length INTEGER       NOT NULL,
    pattern_rule   VARCHAR(20)   NOT NULL DEFAULT 'tens-digit',
    ticket_price   NUMERIC(10, 2) NOT NULL,
    currency       VARCHAR(3)    NOT NULL DEFAULT 'USD',
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT uq_lottery_configurations_name UNIQUE (name),
    CONSTRAINT path_safe_id CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    -- A combination of at most 10 numbers from at most 64 fits one 64-bit mask in the engine.
    CONSTRAINT valid_format CHECK (number_min >= 0 AND number_max <= 64 AND draw_size BETWEEN 1 AND 10
        AND number_max - number_min + 1 >= draw_size),
    -- The tens-digit rule gives one pattern digit per drawn number.
    CONSTRAINT valid_pattern_rule CHECK (pattern_rule = 'tens-digit' AND pattern_length = draw_size),
    CONSTRAINT valid_ticket_price CHECK (ticket_price > 0),
    CONSTRAINT valid_currency CHECK (currency ~ '^[A-Z]{3}$')
);

CREATE TABLE lottery_prize_tiers
(
    lottery_config_id VARCHAR(64)    NOT NULL REFERENCES lottery_configurations (id) ON DELETE CASCADE,
    match_count       INTEGER        NOT NULL,
    prize_type        VARCHAR(20)    NOT NULL,
    -- NULL only for a pari-mutuel prize, whose amount depends on sales and winners.
    prize_amount      NUMERIC(12, 2),
    description       VARCHAR(200),
    PRIMARY KEY (lottery_config_id, match_count),
    CONSTRAINT valid_match_count CHECK (match_count >= 0),
    CONSTRAINT valid_prize_type CHECK (prize_type IN ('fixed', 'free_ticket', 'pari_mutuel')),
    CONSTRAINT valid_prize_amount CHECK ((prize_amount IS NULL AND prize_type = 'pari_mutuel')
        OR (prize_amount IS NOT NULL AND prize_amount >= 0))
);

CREATE FUNCTION check_prize_tier_match_count() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    size INTEGER;
BEGIN
    SELECT draw_size INTO size FROM lottery_configurations WHERE id = NEW.lottery_config_id;
    IF NEW.match_count > size THEN
        RAISE EXCEPTION 'lottery % draws % numbers; no prize for % matches', NEW.lottery_config_id, size, NEW.match_count
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER trg_prize_tier_match_count
    BEFORE INSERT OR UPDATE
    ON lottery_prize_tiers
    FOR EACH ROW
EXECUTE FUNCTION check_prize_tier_match_count();

-- Raises unless numbers fit the configuration: draw_size of them, all within number_min..number_max.
CREATE FUNCTION assert_numbers_fit_configuration(config_id VARCHAR, numbers INTEGER[]) RETURNS VOID
    LANGUAGE plpgsql AS
$$
DECLARE
    cfg lottery_configurations%ROWTYPE;
BEGIN
    SELECT * INTO cfg FROM lottery_configurations WHERE id = config_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown lottery configuration %', config_id USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF cardinality(numbers) <> cfg.draw_size THEN
        RAISE EXCEPTION 'lottery % takes % numbers, got %', config_id, cfg.draw_size, cardinality(numbers)
            USING ERRCODE = 'check_violation';
    END IF;
    IF numbers[1] < cfg.number_min OR numbers[cardinality(numbers)] > cfg.number_max THEN
        RAISE EXCEPTION 'lottery % takes numbers from % to %, got %', config_id, cfg.number_min, cfg.number_max, numbers
            USING ERRCODE = 'check_violation';
    END IF;
END;
$$;

-- Draw history (not in the spec) ------------------------------------------------------------------

CREATE TABLE draws
(
    id                UUID        NOT NULL PRIMARY KEY DEFAULT gen_random_uuid(),
    lottery_config_id VARCHAR(64) NOT NULL REFERENCES lottery_configurations (id),
    draw_date         DATE        NOT NULL,
    draw_number       INTEGER,
    numbers           INTEGER[]   NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- A game may draw twice a day (numbered draws); without a number, one draw per day.
    CONSTRAINT uq_draws_config_date_number UNIQUE NULLS NOT DISTINCT (lottery_config_id, draw_date, draw_number),
    CONSTRAINT valid_draw_number CHECK (draw_number IS NULL OR draw_number > 0),
    -- Stored sorted, so that equal draws are equal arrays.
    CONSTRAINT valid_numbers CHECK (array_ndims(numbers) = 1 AND is_strictly_increasing(numbers))
);

CREATE INDEX idx_draws_config_date ON draws (lottery_config_id, draw_date);

CREATE FUNCTION check_draw_numbers() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM assert_numbers_fit_configuration(NEW.lottery_config_id, NEW.numbers);
    RETURN NEW;
END;
$$;

CREATE TRIGGER trg_draw_numbers
    BEFORE INSERT OR UPDATE
    ON draws
    FOR EACH ROW
EXECUTE FUNCTION check_draw_numbers();

-- Sessions and their results (spec 8.1) --------------------------------------------------------------

CREATE TABLE user_sessions
(
    id                UUID           NOT NULL PRIMARY KEY DEFAULT gen_random_uuid(),
    session_id        VARCHAR(100)   NOT NULL,
    lottery_config_id VARCHAR(64)    NOT NULL REFERENCES lottery_configurations (id),
    target_tier       VARCHAR(10)    NOT NULL,
    number_of_tickets INTEGER        NOT NULL,
    strategy          VARCHAR(20)    NOT NULL,
    budget            NUMERIC(10, 2),
    preferences       JSONB          NOT NULL DEFAULT '{}',
    status            VARCHAR(20)    NOT NULL DEFAULT 'active',
    created_at        TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CONSTRAINT valid_target_tier CHECK (target_tier ~ '^tier[0-9]+$'),
    CONSTRAINT valid_number_of_tickets CHECK (number_of_tickets BETWEEN 1 AND 500),
    CONSTRAINT valid_strategy CHECK (strategy IN ('conservative', 'balanced', 'aggressive')),
    CONSTRAINT valid_budget CHECK (budget IS NULL OR budget >= 0),
    CONSTRAINT valid_session_status CHECK (status IN ('active', 'completed', 'failed', 'cancelled', 'interrupted'))
);

CREATE TABLE generated_ticket_sets
(
    id                    UUID          NOT NULL PRIMARY KEY DEFAULT gen_random_uuid(),
    session_id            UUID          NOT NULL REFERENCES user_sessions (id) ON DELETE CASCADE,
    status                VARCHAR(20)   NOT NULL,
    generation_attempts   INTEGER       NOT NULL,
    generation_time_ms    INTEGER       NOT NULL,
    stopping_reason       VARCHAR(50)   NOT NULL,
    overall_quality       NUMERIC(5, 3) NOT NULL,
    quality_grade         VARCHAR(5)    NOT NULL,
    pattern_hot_coverage  NUMERIC(5, 3) NOT NULL,
    pattern_warm_coverage NUMERIC(5, 3) NOT NULL,
    pattern_cold_coverage NUMERIC(5, 3) NOT NULL,
    pattern_efficiency    NUMERIC(5, 3) NOT NULL,
    expected_tier3_wins   NUMERIC(8, 4),
    expected_tier4_wins   NUMERIC(8, 4),
    expected_tier5_wins   NUMERIC(8, 6),
    created_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT valid_set_status CHECK (status IN ('success', 'partial', 'fallback', 'failed')),
    CONSTRAINT valid_stopping_reason CHECK (stopping_reason IN ('pattern_thresholds', 'quality_thresholds',
        'max_attempts', 'timeout', 'quality_stall', 'user_override')),
    CONSTRAINT valid_quality_grade CHECK (quality_grade IN ('A+', 'A', 'B+', 'B', 'C+', 'C', 'D')),
    CONSTRAINT valid_counts CHECK (generation_attempts >= 0 AND generation_time_ms >= 0)
);

CREATE TABLE lottery_tickets
(
    id                  UUID          NOT NULL PRIMARY KEY DEFAULT gen_random_uuid(),
    ticket_set_id       UUID          NOT NULL REFERENCES generated_ticket_sets (id) ON DELETE CASCADE,
    ticket_index        INTEGER       NOT NULL,
    numbers             INTEGER[]     NOT NULL,
    pattern             VARCHAR(10)   NOT NULL,
    pattern_group       VARCHAR(10)   NOT NULL,
    generation_strategy VARCHAR(50)   NOT NULL,
    quality_score       NUMERIC(5, 3) NOT NULL,
    expected_matches    NUMERIC(4, 2),
    created_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT uq_lottery_tickets_set_index UNIQUE (ticket_set_id, ticket_index),
    CONSTRAINT valid_numbers CHECK (array_ndims(numbers) = 1 AND cardinality(numbers) BETWEEN 1 AND 10
        AND numbers[1] >= 0 AND is_strictly_increasing(numbers)),
    CONSTRAINT valid_pattern CHECK (pattern ~ '^[0-9]{1,10}$' AND length(pattern) = cardinality(numbers)),
    CONSTRAINT valid_pattern_group CHECK (pattern_group IN ('hot', 'warm', 'cold', 'unknown'))
);

CREATE FUNCTION check_ticket_numbers() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    config_id VARCHAR;
BEGIN
    SELECT s.lottery_config_id INTO config_id
    FROM generated_ticket_sets t
             JOIN user_sessions s ON s.id = t.session_id
    WHERE t.id = NEW.ticket_set_id;
    PERFORM assert_numbers_fit_configuration(config_id, NEW.numbers);
    RETURN NEW;
END;
$$;

CREATE TRIGGER trg_ticket_numbers
    BEFORE INSERT OR UPDATE
    ON lottery_tickets
    FOR EACH ROW
EXECUTE FUNCTION check_ticket_numbers();

CREATE TABLE generation_performance
(
    id                      UUID          NOT NULL PRIMARY KEY DEFAULT gen_random_uuid(),
    session_id              UUID          NOT NULL REFERENCES user_sessions (id) ON DELETE CASCADE,
    attempt_number          INTEGER       NOT NULL,
    quality_score           NUMERIC(5, 3) NOT NULL,
    pattern_hot_coverage    NUMERIC(5, 3) NOT NULL,
    pattern_diversity_score NUMERIC(5, 3) NOT NULL,
    time_elapsed_ms         INTEGER       NOT NULL,
    threshold_status        JSONB         NOT NULL DEFAULT '{}',
    created_at              TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT valid_attempt CHECK (attempt_number >= 1 AND time_elapsed_ms >= 0)
);

-- Pattern data (spec 5.2) -----------------------------------------------------------------------------

CREATE TABLE pattern_groups
(
    id                    UUID          NOT NULL PRIMARY KEY DEFAULT gen_random_uuid(),
    lottery_config_id     VARCHAR(64)   NOT NULL REFERENCES lottery_configurations (id),
    pattern               VARCHAR(10)   NOT NULL,
    group_type            VARCHAR(10)   NOT NULL,
    frequency             INTEGER       NOT NULL DEFAULT 0,
    historical_percentage NUMERIC(6, 3) NOT NULL DEFAULT 0.0,
    -- A preference weight (spec 9.1 efficiency_multipliers), not a measured effect on odds.
    efficiency_multiplier NUMERIC(4, 2) NOT NULL DEFAULT 1.0,
    last_seen_draw        INTEGER,
    average_gap           NUMERIC(8, 2),
    created_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT uq_pattern_groups_config_pattern UNIQUE (lottery_config_id, pattern),
    CONSTRAINT valid_group_type CHECK (group_type IN ('hot', 'warm', 'cold')),
    CONSTRAINT valid_pattern CHECK (pattern ~ '^[0-9]{1,10}$'),
    CONSTRAINT valid_frequency CHECK (frequency >= 0 AND historical_percentage BETWEEN 0 AND 100)
);

CREATE TABLE hot_numbers
(
    id                    UUID          NOT NULL PRIMARY KEY DEFAULT gen_random_uuid(),
    lottery_config_id     VARCHAR(64)   NOT NULL REFERENCES lottery_configurations (id),
    number                INTEGER       NOT NULL,
    frequency             INTEGER       NOT NULL DEFAULT 0,
    historical_percentage NUMERIC(6, 3) NOT NULL DEFAULT 0.0,
    associated_patterns   TEXT[]        NOT NULL DEFAULT '{}',
    last_seen_draw        INTEGER,
    average_gap           NUMERIC(8, 2),
    created_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT uq_hot_numbers_config_number UNIQUE (lottery_config_id, number),
    CONSTRAINT valid_frequency CHECK (frequency >= 0 AND historical_percentage BETWEEN 0 AND 100)
);

CREATE TABLE proven_combinations
(
    id                    UUID          NOT NULL PRIMARY KEY DEFAULT gen_random_uuid(),
    lottery_config_id     VARCHAR(64)   NOT NULL REFERENCES lottery_configurations (id),
    combination_type      VARCHAR(20)   NOT NULL,
    numbers               INTEGER[]     NOT NULL,
    frequency             INTEGER       NOT NULL DEFAULT 0,
    historical_percentage NUMERIC(6, 3) NOT NULL DEFAULT 0.0,
    associated_patterns   TEXT[]        NOT NULL DEFAULT '{}',
    last_seen_draw        INTEGER,
    created_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT valid_combination_type CHECK (combination_type IN ('pair', 'triplet')),
    CONSTRAINT valid_numbers CHECK (is_strictly_increasing(numbers)
        AND cardinality(numbers) = CASE combination_type WHEN 'pair' THEN 2 ELSE 3 END),
    CONSTRAINT valid_frequency CHECK (frequency >= 0 AND historical_percentage BETWEEN 0 AND 100)
);

-- Indexes (spec 8.2) ----------------------------------------------------------------------------------

-- Unique, so it doubles as the session_id constraint of spec 8.1.
CREATE UNIQUE INDEX idx_user_sessions_session_id ON user_sessions (session_id);
CREATE INDEX idx_user_sessions_created_at ON user_sessions (created_at);
CREATE INDEX idx_generated_ticket_sets_session_id ON generated_ticket_sets (session_id);
CREATE INDEX idx_lottery_tickets_ticket_set_id ON lottery_tickets (ticket_set_id);
CREATE INDEX idx_lottery_tickets_pattern ON lottery_tickets (pattern);
CREATE INDEX idx_lottery_tickets_pattern_group ON lottery_tickets (pattern_group);
CREATE INDEX idx_pattern_groups_lottery_config ON pattern_groups (lottery_config_id);
CREATE INDEX idx_pattern_groups_group_type ON pattern_groups (group_type);
CREATE INDEX idx_hot_numbers_lottery_config ON hot_numbers (lottery_config_id);
CREATE INDEX idx_tickets_pattern_quality ON lottery_tickets (pattern, quality_score DESC);
CREATE INDEX idx_performance_session_attempt ON generation_performance (session_id, attempt_number);

-- Not in 8.2: foreign keys the spec's queries and deletions walk.
CREATE INDEX idx_user_sessions_lottery_config ON user_sessions (lottery_config_id);
CREATE INDEX idx_proven_combinations_lottery_config ON proven_combinations (lottery_config_id, combination_type);
