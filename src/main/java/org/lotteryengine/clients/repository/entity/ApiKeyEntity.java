package org.lotteryengine.clients.repository.entity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;

/**
 * An API key issued by an administrator (table {@code api_keys}). The key itself is never stored: only its SHA-256
 * hash, so that a copy of the database grants nothing.
 */
@Entity
@Table(name = "api_keys")
public class ApiKeyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(nullable = false, length = 100)
    public String name;

    /** Hex SHA-256 of the key. */
    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    public String keyHash;

    /** Comma-separated scope names, e.g. {@code generate,write-draws}. */
    @Column(nullable = false, length = 100)
    public String scopes;

    /** The key's own limits per window; null means the configured default. */
    @Column(name = "generation_requests")
    public Integer generationRequests;

    @Column(name = "api_requests")
    public Integer apiRequests;

    @Column(name = "status_checks")
    public Integer statusChecks;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
