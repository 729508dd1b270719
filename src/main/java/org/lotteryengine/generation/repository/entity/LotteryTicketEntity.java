package org.lotteryengine.generation.repository.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;
import org.lotteryengine.platform.repository.PostgresArrays;

/**
 * One ticket of a generated set (table {@code lottery_tickets}).
 */
@Entity
@Table(name = "lottery_tickets")
public class LotteryTicketEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(name = "ticket_set_id", nullable = false)
    public UUID ticketSetId;

    /** Position of the ticket in its set, from 0. */
    @Column(name = "ticket_index", nullable = false)
    public int ticketIndex;

    /** The numbers, ascending. */
    @Column(nullable = false, columnDefinition = PostgresArrays.INTEGER_ARRAY)
    public int[] numbers;

    @Column(nullable = false, length = 10)
    public String pattern;

    /** Derived from the pattern: {@code hot}, {@code warm}, {@code cold} or {@code unknown}. */
    @Column(name = "pattern_group", nullable = false, length = 10)
    public String patternGroup;

    @Column(name = "generation_strategy", nullable = false, length = 50)
    public String generationStrategy;

    @Column(name = "quality_score", nullable = false, precision = 5, scale = 3)
    public BigDecimal qualityScore;

    @Column(name = "expected_matches", precision = 4, scale = 2)
    public BigDecimal expectedMatches;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
