package org.a4p.notifications.repository;

import org.a4p.platform.db.Db;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.DigestFrequency;
import org.a4p.events.Language;
import org.a4p.notifications.model.Channel;
import org.a4p.notifications.model.Confirmation;
import org.a4p.notifications.model.PendingConfirmation;
import org.a4p.notifications.model.SecretState;
import org.a4p.notifications.model.Subscription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SubscriptionRepository {

    private final Db db;

    SubscriptionRepository(Db db) {
        this.db = db;
    }

    /**
     * Stores the subscription with {@code storedSecret} (the sealed form of its secret) in place of the secret. An
     * unconfirmed (e-mail) subscription also gets the SHA-256 of its confirmation token and when that expires, and the
     * token itself sealed until its mail is taken (the mail is due at once); the unsubscribe token is stored sealed.
     */
    public void insert(Subscription s, String storedSecret, String confirmTokenHash, OffsetDateTime confirmExpiresAt,
                       String storedUnsubscribeToken, String storedConfirmToken) {
        db.update("""
                INSERT INTO subscription (id, subscriber, channel, target, secret, recommendations, areas, stakeholders,
                    bodies, lead_days, created_at, language, digest, confirmed, confirmed_at, confirm_token_hash,
                    confirm_expires_at, unsubscribe_token, confirm_token_sealed, confirm_mail_due_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                s.id(), s.subscriber(), s.channel().name(), s.target(), storedSecret,
                s.recommendations().toArray(Integer[]::new), s.areas().toArray(String[]::new),
                s.stakeholders().toArray(String[]::new), s.bodies().toArray(String[]::new),
                s.leadDays().toArray(Integer[]::new), s.createdAt(), s.language().name(), s.digest().name(),
                s.confirmed(), s.confirmed() ? s.createdAt() : null, confirmTokenHash, confirmExpiresAt,
                storedUnsubscribeToken, storedConfirmToken, storedConfirmToken == null ? null : s.createdAt());
    }

    /** The confirmation state of a subscription, its row locked until the transaction ends. */
    public Optional<Confirmation> lockConfirmation(UUID id) {
        return db.one("SELECT confirmed, confirm_token_hash, confirm_expires_at FROM subscription WHERE id = ? FOR UPDATE",
                rs -> new Confirmation(rs.getBoolean("confirmed"), rs.getString("confirm_token_hash"),
                        rs.getObject("confirm_expires_at", OffsetDateTime.class)), id);
    }

    /** Confirms the subscription; a confirmation mail still waiting to be sent is not needed any more. */
    public void confirm(UUID id, OffsetDateTime at) {
        db.update("""
                UPDATE subscription SET confirmed = TRUE, confirmed_at = ?, confirm_token_sealed = NULL,
                    confirm_mail_due_at = NULL WHERE id = ?""", at, id);
    }

    /**
     * Claims up to {@code limit} confirmation mails due at {@code now} whose link is still valid, until
     * {@code leaseUntil}: a second claimer (another replica, an overlapping pass) skips them, and if this one dies
     * they are due again when the lease ends.
     */
    public List<PendingConfirmation> claimDueConfirmations(OffsetDateTime now, OffsetDateTime leaseUntil, int limit) {
        return db.query("""
                UPDATE subscription s SET confirm_mail_due_at = ?, confirm_mail_attempts = s.confirm_mail_attempts + 1
                WHERE s.id IN (SELECT id FROM subscription WHERE confirm_mail_due_at <= ? AND NOT confirmed
                               AND confirm_expires_at > ? ORDER BY confirm_mail_due_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING s.id, s.target, s.subscriber, s.language, s.confirm_token_sealed, s.confirm_mail_attempts""",
                rs -> new PendingConfirmation(rs.getObject("id", UUID.class), rs.getString("target"),
                        rs.getString("subscriber"), Language.valueOf(rs.getString("language")),
                        rs.getString("confirm_token_sealed"), rs.getInt("confirm_mail_attempts")),
                leaseUntil, now, now, limit);
    }

    /** The mail server took the confirmation mail: its token is no longer kept. */
    public void confirmationMailSent(UUID id) {
        db.update("UPDATE subscription SET confirm_token_sealed = NULL, confirm_mail_due_at = NULL WHERE id = ?", id);
    }

    /** The attempt failed: the mail is due again at {@code nextAt} (unless it was sent or confirmed meanwhile). */
    public void confirmationMailFailed(UUID id, OffsetDateTime nextAt) {
        db.update("UPDATE subscription SET confirm_mail_due_at = ? WHERE id = ? AND confirm_mail_due_at IS NOT NULL", nextAt, id);
    }

    /** Stops trying the confirmation mails whose link expired by {@code now} and drops their tokens; @return how many. */
    public int abandonExpiredConfirmationMails(OffsetDateTime now) {
        return db.update("""
                UPDATE subscription SET confirm_token_sealed = NULL, confirm_mail_due_at = NULL
                WHERE confirm_mail_due_at IS NOT NULL AND confirm_expires_at <= ?""", now);
    }

    /** The stored (sealed) unsubscribe token, or empty if the subscription does not exist or has none. */
    public Optional<String> unsubscribeToken(UUID id) {
        return db.one("SELECT unsubscribe_token FROM subscription WHERE id = ? AND unsubscribe_token IS NOT NULL",
                rs -> rs.getString(1), id);
    }

    /** Deletes unconfirmed subscriptions whose confirmation expired before {@code before}; @return how many. */
    public int deleteUnconfirmed(OffsetDateTime before) {
        return db.update("DELETE FROM subscription WHERE NOT confirmed AND confirm_expires_at < ?", before);
    }

    /**
     * Counts a subscriber's subscriptions after taking a transaction-scoped lock on that subscriber, so that
     * concurrent creates for the same delegation count one after the other and cannot overshoot a quota.
     */
    public long countLocked(String subscriber) {
        db.query("SELECT pg_advisory_xact_lock(hashtext(?))", rs -> 1, subscriber);
        return db.one("SELECT count(*) FROM subscription WHERE subscriber = ?", rs -> rs.getLong(1), subscriber).orElse(0L);
    }

    /** Secrets stored before encryption at rest (without {@code sealedPrefix}), by subscription id. */
    public Map<UUID, String> unsealedSecrets(String sealedPrefix) {
        Map<UUID, String> out = new LinkedHashMap<>();
        db.query("SELECT id, secret FROM subscription WHERE left(secret, ?) <> ?",
                rs -> out.put(rs.getObject("id", UUID.class), rs.getString("secret")), sealedPrefix.length(), sealedPrefix);
        return out;
    }

    public boolean replaceSecret(UUID id, String expected, String stored) {
        return db.update("UPDATE subscription SET secret = ? WHERE id = ? AND secret = ?", stored, id, expected) == 1;
    }

    /** The stored (sealed) secret and the key of the last rotation, with the row locked until the transaction ends. */
    public Optional<SecretState> lockSecret(UUID id) {
        return db.one("SELECT secret, rotation_key FROM subscription WHERE id = ? FOR UPDATE",
                rs -> new SecretState(rs.getString("secret"), rs.getString("rotation_key")), id);
    }

    /** Replaces the secret; the one it replaces stays valid until {@code previousUntil}. All secrets as stored. */
    public void rotateSecret(UUID id, String secret, String previous, OffsetDateTime at, OffsetDateTime previousUntil,
                             String by, String rotationKey) {
        db.update("""
                UPDATE subscription SET secret = ?, previous_secret = ?, previous_secret_until = ?, secret_rotated_at = ?,
                    secret_rotated_by = ?, rotation_key = ? WHERE id = ?""",
                secret, previous, previousUntil, at, by, rotationKey, id);
    }

    /** The subscription without its secret. */
    public Optional<Subscription> find(UUID id) {
        return db.one("SELECT * FROM subscription WHERE id = ?", SubscriptionRepository::map, id);
    }

    /** Subscriptions (without secrets) of one subscriber, or of all when {@code subscriber} is null, oldest first. */
    public List<Subscription> list(String subscriber, int limit) {
        return subscriber == null
                ? db.query("SELECT * FROM subscription ORDER BY created_at, id LIMIT ?", SubscriptionRepository::map, limit)
                : db.query("SELECT * FROM subscription WHERE subscriber = ? ORDER BY created_at, id LIMIT ?",
                SubscriptionRepository::map, subscriber, limit);
    }

    public boolean delete(UUID id) {
        return db.update("DELETE FROM subscription WHERE id = ?", id) == 1;
    }

    private static Subscription map(ResultSet rs) throws SQLException {
        return new Subscription(rs.getObject("id", UUID.class), rs.getString("subscriber"),
                Channel.valueOf(rs.getString("channel")), rs.getString("target"), Db.ints(rs, "recommendations"),
                Db.strings(rs, "areas"), Db.strings(rs, "stakeholders"), Db.strings(rs, "bodies"),
                Db.ints(rs, "lead_days"), rs.getObject("created_at", OffsetDateTime.class), null, null,
                rs.getObject("secret_rotated_at", OffsetDateTime.class),
                rs.getObject("previous_secret_until", OffsetDateTime.class),
                Language.valueOf(rs.getString("language")), DigestFrequency.valueOf(rs.getString("digest")),
                rs.getBoolean("confirmed"));
    }
}
