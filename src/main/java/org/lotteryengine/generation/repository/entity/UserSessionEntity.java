package org.lotteryengine.generation.repository.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/**
 * One generation request and its life cycle (table {@code user_sessions}).
 */
@Entity
@Table(name = "user_sessions")
public class UserSessionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    /** The id clients see ({@code sessionId}). */
    @Column(name = "session_id", nullable = false, unique = true, length = 100)
    public String sessionId;

    @Column(name = "lottery_config_id", nullable = false, length = 64)
    public String lotteryConfigId;

    @Column(name = "target_tier", nullable = false, length = 10)
    public String targetTier;

    @Column(name = "number_of_tickets", nullable = false)
    public int numberOfTickets;

    @Column(nullable = false, length = 20)
    public String strategy;

    @Column(precision = 10, scale = 2)
    public BigDecimal budget;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> preferences = new HashMap<>();

    /** {@code active}, {@code completed}, {@code failed}, {@code cancelled} or {@code interrupted}. */
    @Column(nullable = false, length = 20)
    public String status;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The client that created the session: {@code key:<id>}, {@code address:<hash>} or {@code operator}. */
    @Column(length = 64)
    public String owner;
}
