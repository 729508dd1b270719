-- Wheels on the player's numbers (issue 4/7): the smallest abstract design found for each requirement, on points
-- 0..v-1, shared by all replicas and mapped onto each player's pool. A design replaces the stored one only when it
-- has fewer tickets (compare-and-set in the upsert).
CREATE TABLE wheel_designs
(
    points        INTEGER     NOT NULL,
    ticket_size   INTEGER     NOT NULL,
    drawn_in_pool INTEGER     NOT NULL,
    matches       INTEGER     NOT NULL,
    tickets       BIGINT[]    NOT NULL,
    ticket_count  INTEGER     NOT NULL,
    search_ms     BIGINT      NOT NULL,
    revision      INTEGER     NOT NULL DEFAULT 1,
    found_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (points, ticket_size, drawn_in_pool, matches),
    CONSTRAINT consistent_count CHECK (cardinality(tickets) = ticket_count AND ticket_count >= 1)
);
