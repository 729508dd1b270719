package org.lotteryengine.draws.repository.entity;

import java.time.Instant;
import java.time.LocalDate;
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
 * One real draw of a game (table {@code draws}); numbers are stored ascending.
 */
@Entity
@Table(name = "draws")
public class DrawEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(name = "lottery_config_id", nullable = false, length = 64)
    public String lotteryConfigId;

    @Column(name = "draw_date", nullable = false)
    public LocalDate drawDate;

    /** The operator's draw number, when the source gives one. */
    @Column(name = "draw_number")
    public Integer drawNumber;

    @Column(nullable = false, columnDefinition = PostgresArrays.INTEGER_ARRAY)
    public int[] numbers;

    /** The bonus numbers, ascending; null for a k-of-n game. */
    @Column(name = "bonus_numbers", columnDefinition = PostgresArrays.INTEGER_ARRAY)
    public int[] bonusNumbers;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
