-- The games the service knows at first start. Prize facts for the Texas games come from
-- ../shared/data/SOURCES.md (Texas Lottery rules); the 5/35 game is the specification's own.

INSERT INTO lottery_configurations (id, name, description, number_min, number_max, draw_size, pattern_length,
                                    pattern_rule, ticket_price, currency)
VALUES ('5-35', '5/35', 'The specification''s reference game: 5 numbers from 1 to 35.',
        1, 35, 5, 5, 'tens-digit', 1.00, 'USD'),
       ('tx-cash-five-5-35', 'Texas Cash Five 5/35',
        'Texas Lottery Cash Five since the 2018-09-24 relaunch: 5 numbers from 1 to 35, Monday to Saturday.',
        1, 35, 5, 5, 'tens-digit', 1.00, 'USD'),
       ('tx-cash-5-5-37', 'Texas Cash 5 5/37',
        'Texas Lottery Cash 5 from 2002-07-29 to 2018-09-22: 5 numbers from 1 to 37, Monday to Saturday.',
        1, 37, 5, 5, 'tens-digit', 1.00, 'USD');

INSERT INTO lottery_prize_tiers (lottery_config_id, match_count, prize_type, prize_amount, description)
VALUES ('5-35', 3, 'fixed', 15.00, 'tier3'),
       ('5-35', 4, 'fixed', 500.00, 'tier4'),
       ('5-35', 5, 'fixed', 100000.00, 'tier5'),
       ('tx-cash-five-5-35', 2, 'free_ticket', 1.00, 'A free $1 Quick Pick ticket'),
       ('tx-cash-five-5-35', 3, 'fixed', 15.00, NULL),
       ('tx-cash-five-5-35', 4, 'fixed', 350.00, NULL),
       ('tx-cash-five-5-35', 5, 'fixed', 25000.00,
        'Becomes a pari-mutuel share of $75,000 when there are more than 3 winners'),
       ('tx-cash-5-5-37', 2, 'fixed', 2.00, NULL),
       ('tx-cash-5-5-37', 3, 'pari_mutuel', NULL, 'Pari-mutuel: depends on sales and the number of winners'),
       ('tx-cash-5-5-37', 4, 'pari_mutuel', NULL, 'Pari-mutuel: depends on sales and the number of winners'),
       ('tx-cash-5-5-37', 5, 'pari_mutuel', NULL, 'Pari-mutuel: depends on sales and the number of winners');
