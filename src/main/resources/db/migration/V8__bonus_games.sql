-- Games with bonus numbers (issue 6/7): a second drum (Powerball, EuroMillions) or one more ball from the main drum
-- (UK-style lottos). Their tiers pay (main matches, bonus matches) and are ranked best first, as operators list them.

ALTER TABLE lottery_configurations
    ADD COLUMN bonus_drum  VARCHAR(10),
    ADD COLUMN bonus_min   INTEGER,
    ADD COLUMN bonus_max   INTEGER,
    ADD COLUMN bonus_drawn INTEGER,
    DROP CONSTRAINT valid_format,
    -- k-of-n games keep one 64-bit mask per combination; a bonus game's main numbers go up to 99 (two digits, one
    -- tens digit per number in a pattern string).
    ADD CONSTRAINT valid_format CHECK (number_min >= 0 AND draw_size BETWEEN 1 AND 10
        AND number_max - number_min + 1 >= draw_size
        AND number_max <= CASE WHEN bonus_drum IS NULL THEN 64 ELSE 99 END),
    ADD CONSTRAINT valid_bonus CHECK (
        (bonus_drum IS NULL AND bonus_min IS NULL AND bonus_max IS NULL AND bonus_drawn IS NULL)
            OR (bonus_drum = 'separate' AND bonus_min >= 0 AND bonus_max <= 99 AND bonus_drawn BETWEEN 1 AND 2
            AND bonus_max - bonus_min + 1 >= bonus_drawn)
            OR (bonus_drum = 'same' AND bonus_min = number_min AND bonus_max = number_max AND bonus_drawn = 1
            AND number_max - number_min + 1 > draw_size));

ALTER TABLE lottery_prize_tiers
    ADD COLUMN bonus_matches INTEGER NOT NULL DEFAULT 0,
    -- 1 for the best tier of a bonus game; NULL for a k-of-n game, whose tiers rank by match count.
    ADD COLUMN tier_rank     INTEGER,
    DROP CONSTRAINT lottery_prize_tiers_pkey,
    ADD PRIMARY KEY (lottery_config_id, match_count, bonus_matches),
    ADD CONSTRAINT valid_bonus_matches CHECK (bonus_matches >= 0),
    ADD CONSTRAINT valid_tier_rank CHECK (tier_rank IS NULL OR tier_rank >= 1);

CREATE OR REPLACE FUNCTION check_prize_tier_match_count() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    cfg lottery_configurations%ROWTYPE;
BEGIN
    SELECT * INTO cfg FROM lottery_configurations WHERE id = NEW.lottery_config_id;
    IF NEW.match_count > cfg.draw_size THEN
        RAISE EXCEPTION 'lottery % draws % numbers; no prize for % matches', NEW.lottery_config_id, cfg.draw_size,
            NEW.match_count USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.bonus_matches > coalesce(cfg.bonus_drawn, 0) THEN
        RAISE EXCEPTION 'lottery % draws % bonus numbers; no prize for % bonus matches', NEW.lottery_config_id,
            coalesce(cfg.bonus_drawn, 0), NEW.bonus_matches USING ERRCODE = 'check_violation';
    END IF;
    IF (cfg.bonus_drum IS NULL) <> (NEW.tier_rank IS NULL) THEN
        RAISE EXCEPTION 'lottery %: a bonus game''s tiers are ranked, a k-of-n game''s are not', NEW.lottery_config_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;

-- A bonus game's draws keep their bonus numbers (the bonus ball of a same-drum game) beside the main numbers.
ALTER TABLE draws
    ADD COLUMN bonus_numbers INTEGER[],
    ADD CONSTRAINT valid_bonus_numbers CHECK (bonus_numbers IS NULL
        OR (array_ndims(bonus_numbers) = 1 AND is_strictly_increasing(bonus_numbers)));

CREATE OR REPLACE FUNCTION check_draw_numbers() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    cfg lottery_configurations%ROWTYPE;
BEGIN
    PERFORM assert_numbers_fit_configuration(NEW.lottery_config_id, NEW.numbers);
    SELECT * INTO cfg FROM lottery_configurations WHERE id = NEW.lottery_config_id;
    IF cfg.bonus_drum IS NULL THEN
        IF NEW.bonus_numbers IS NOT NULL THEN
            RAISE EXCEPTION 'lottery % draws no bonus numbers', NEW.lottery_config_id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    IF cardinality(NEW.bonus_numbers) IS DISTINCT FROM cfg.bonus_drawn
        OR NEW.bonus_numbers[1] < cfg.bonus_min OR NEW.bonus_numbers[cfg.bonus_drawn] > cfg.bonus_max THEN
        RAISE EXCEPTION 'lottery % draws % bonus numbers from % to %, got %', NEW.lottery_config_id, cfg.bonus_drawn,
            cfg.bonus_min, cfg.bonus_max, NEW.bonus_numbers USING ERRCODE = 'check_violation';
    END IF;
    IF cfg.bonus_drum = 'same' AND NEW.bonus_numbers[1] = ANY (NEW.numbers) THEN
        RAISE EXCEPTION 'lottery %: the bonus ball % is also a main number', NEW.lottery_config_id,
            NEW.bonus_numbers[1] USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;

-- Seeded bonus games ------------------------------------------------------------------------------------------------
-- Powerball: the matrix since 2015-10-04 (5 of 1..69, 1 Powerball of 1..26), $2 a play. Prizes from powerball.com's
-- "Prizes and Odds" chart: the Grand Prize is pari-mutuel (an annuity advertised by sales); the eight other prizes
-- are fixed, without Power Play.
-- EuroMillions: the matrix since 2016-09-27 (5 of 1..50, 2 Lucky Stars of 1..12), EUR 2.50 a line in the euro
-- countries since 2020-02-04. All 13 prize tiers are pari-mutuel shares of the prize fund (the operators' game rules,
-- e.g. FDJ's "Règlement EuroMillions"), listed in their official rank order.

INSERT INTO lottery_configurations (id, name, description, number_min, number_max, draw_size, pattern_length,
                                    pattern_rule, ticket_price, currency, bonus_drum, bonus_min, bonus_max,
                                    bonus_drawn)
VALUES ('powerball', 'Powerball',
        'Multi-State Powerball since 2015-10-04: 5 numbers from 1 to 69 and 1 Powerball from 1 to 26, $2 a play.',
        1, 69, 5, 5, 'tens-digit', 2.00, 'USD', 'separate', 1, 26, 1),
       ('euromillions', 'EuroMillions',
        'EuroMillions since 2016-09-27: 5 numbers from 1 to 50 and 2 Lucky Stars from 1 to 12, EUR 2.50 a line.',
        1, 50, 5, 5, 'tens-digit', 2.50, 'EUR', 'separate', 1, 12, 2);

INSERT INTO lottery_prize_tiers (lottery_config_id, match_count, bonus_matches, tier_rank, prize_type, prize_amount,
                                 description)
VALUES ('powerball', 5, 1, 1, 'pari_mutuel', NULL, 'Grand Prize: pari-mutuel, advertised by the operator'),
       ('powerball', 5, 0, 2, 'fixed', 1000000.00, NULL),
       ('powerball', 4, 1, 3, 'fixed', 50000.00, NULL),
       ('powerball', 4, 0, 4, 'fixed', 100.00, NULL),
       ('powerball', 3, 1, 5, 'fixed', 100.00, NULL),
       ('powerball', 3, 0, 6, 'fixed', 7.00, NULL),
       ('powerball', 2, 1, 7, 'fixed', 7.00, NULL),
       ('powerball', 1, 1, 8, 'fixed', 4.00, NULL),
       ('powerball', 0, 1, 9, 'fixed', 4.00, NULL),
       ('euromillions', 5, 2, 1, 'pari_mutuel', NULL, 'Jackpot'),
       ('euromillions', 5, 1, 2, 'pari_mutuel', NULL, NULL),
       ('euromillions', 5, 0, 3, 'pari_mutuel', NULL, NULL),
       ('euromillions', 4, 2, 4, 'pari_mutuel', NULL, NULL),
       ('euromillions', 4, 1, 5, 'pari_mutuel', NULL, NULL),
       ('euromillions', 3, 2, 6, 'pari_mutuel', NULL, NULL),
       ('euromillions', 4, 0, 7, 'pari_mutuel', NULL, NULL),
       ('euromillions', 2, 2, 8, 'pari_mutuel', NULL, NULL),
       ('euromillions', 3, 1, 9, 'pari_mutuel', NULL, NULL),
       ('euromillions', 3, 0, 10, 'pari_mutuel', NULL, NULL),
       ('euromillions', 1, 2, 11, 'pari_mutuel', NULL, NULL),
       ('euromillions', 2, 1, 12, 'pari_mutuel', NULL, NULL),
       ('euromillions', 2, 0, 13, 'pari_mutuel', NULL, NULL);
