-- Generated sets of games with bonus numbers (issue 6/7): a target tier names main and bonus matches ("tier5+1"), a
-- ticket holds its bonus numbers beside its main numbers, and the columns that only a k-of-n search computes
-- (per-ticket unique share, quality grade, pattern efficiency) stay empty for them: every figure of such a set is in
-- its document (result), from exact evaluations.

ALTER TABLE user_sessions
    DROP CONSTRAINT valid_target_tier,
    ADD CONSTRAINT valid_target_tier CHECK (target_tier ~ '^tier[0-9]+(\+[0-9])?$');

ALTER TABLE generated_ticket_sets
    ALTER COLUMN quality_grade DROP NOT NULL,
    ALTER COLUMN pattern_efficiency DROP NOT NULL;

ALTER TABLE lottery_tickets
    ALTER COLUMN quality_score DROP NOT NULL,
    ADD COLUMN bonus_numbers INTEGER[],
    ADD CONSTRAINT valid_ticket_bonus_numbers CHECK (bonus_numbers IS NULL
        OR (array_ndims(bonus_numbers) = 1 AND is_strictly_increasing(bonus_numbers)));

-- The statement check of V5, with the bonus numbers: a ticket of a game with a separate bonus drum holds as many bonus
-- numbers as the drum draws, in its range; any other ticket holds none.
CREATE OR REPLACE FUNCTION check_ticket_numbers_of_statement() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    misfit RECORD;
BEGIN
    SELECT a.numbers, a.bonus_numbers, s.lottery_config_id AS config_id, c.id AS found, c.bonus_drum,
           c.bonus_drawn, c.bonus_min, c.bonus_max
    INTO misfit
    FROM written a
             JOIN generated_ticket_sets t ON t.id = a.ticket_set_id
             JOIN user_sessions s ON s.id = t.session_id
             LEFT JOIN lottery_configurations c ON c.id = s.lottery_config_id
    WHERE c.id IS NULL
       OR cardinality(a.numbers) <> c.draw_size
       OR a.numbers[1] < c.number_min
       OR a.numbers[cardinality(a.numbers)] > c.number_max
       OR (c.bonus_drum = 'separate' AND (cardinality(a.bonus_numbers) IS DISTINCT FROM c.bonus_drawn
           OR a.bonus_numbers[1] < c.bonus_min OR a.bonus_numbers[c.bonus_drawn] > c.bonus_max))
       OR (c.bonus_drum IS DISTINCT FROM 'separate' AND a.bonus_numbers IS NOT NULL)
    LIMIT 1;
    IF FOUND THEN
        -- Raises the error that names the game and the rule.
        PERFORM assert_numbers_fit_configuration(misfit.config_id, misfit.numbers);
        IF misfit.bonus_drum = 'separate' THEN
            RAISE EXCEPTION 'lottery % tickets hold % bonus numbers from % to %, got %', misfit.config_id,
                misfit.bonus_drawn, misfit.bonus_min, misfit.bonus_max, misfit.bonus_numbers
                USING ERRCODE = 'check_violation';
        END IF;
        RAISE EXCEPTION 'lottery % tickets hold no bonus numbers, got %', misfit.config_id, misfit.bonus_numbers
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END;
$$;
