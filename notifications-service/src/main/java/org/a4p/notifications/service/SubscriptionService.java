package org.a4p.notifications.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.a4p.events.AreaCode;
import org.a4p.events.StakeholderCategory;
import org.a4p.events.DigestFrequency;
import org.a4p.notifications.config.MailConfig;
import org.a4p.notifications.config.SubscriptionsConfig;
import org.a4p.notifications.model.Channel;
import org.a4p.notifications.model.Confirmation;
import org.a4p.notifications.model.Delivery;
import org.a4p.notifications.model.DeliveryStatus;
import org.a4p.notifications.model.FeedRow;
import org.a4p.notifications.api.Feed;
import org.a4p.notifications.model.SecretState;
import org.a4p.notifications.model.Subscription;
import org.a4p.notifications.api.SubscriptionRequest;
import org.a4p.notifications.repository.DeliveryRepository;
import org.a4p.notifications.repository.ReadModelRepository;
import org.a4p.notifications.repository.SubscriptionRepository;
import org.a4p.platform.problem.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class SubscriptionService {

    /** How long a rotated-out secret keeps signing, next to the new one. */
    public static final Duration SECRET_OVERLAP = Duration.ofHours(24);
    private static final Logger LOG = Logger.getLogger(SubscriptionService.class);
    private static final Set<String> AREAS = names(AreaCode.values());
    private static final Set<String> CATEGORIES = names(StakeholderCategory.values());

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final ReadModelRepository readModels;
    private final TargetPolicy targets;
    private final DeliverySender sender;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final SubscriptionsConfig config;
    private final SecretBox box;
    private final ConfirmationMails confirmationMails;
    private final MailConfig mailConfig;

    SubscriptionService(SubscriptionRepository subscriptions, DeliveryRepository deliveries,
                        ReadModelRepository readModels, TargetPolicy targets, DeliverySender sender,
                        ObjectMapper mapper, Clock clock, SubscriptionsConfig config, SecretBox box,
                        ConfirmationMails confirmationMails, MailConfig mailConfig) {
        this.confirmationMails = confirmationMails;
        this.mailConfig = mailConfig;
        this.config = config;
        this.box = box;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.readModels = readModels;
        this.targets = targets;
        this.sender = sender;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Creates the subscription; the answer is the only place its secret ever appears. An e-mail subscription is created
     * unconfirmed, and its confirmation mail goes out once the transaction commits.
     */
    @Transactional
    public Subscription create(SubscriptionRequest r) {
        boolean email = r.channelOrDefault() == Channel.EMAIL;
        if (!email && r.digestOrDefault() != DigestFrequency.NONE) {
            throw ProblemException.badRequest("digest", "digests are sent by e-mail only: use NONE for a webhook");
        }
        String target = email ? EmailAddresses.check("target", r.target()) : targets.check("target", r.target()).toString();
        List<Integer> numbers = distinct(r.recommendationsOrEmpty());
        requireKnown("recommendations", r.recommendationsOrEmpty(), readModels.existingNumbers(numbers),
                "unknown recommendation number");
        List<String> areas = distinct(r.areasOrEmpty());
        Set<String> knownAreas = new HashSet<>(AREAS);
        knownAreas.addAll(readModels.existingAreas(areas));
        requireKnown("areas", r.areasOrEmpty(), knownAreas, "unknown Area of Commitment code");
        List<String> categories = distinct(r.stakeholdersOrEmpty());
        requireKnown("stakeholders", r.stakeholdersOrEmpty(), CATEGORIES,
                "must be one of the stakeholder categories " + String.join(", ", CATEGORIES.stream().sorted().toList()));
        List<String> bodies = distinct(r.bodiesOrEmpty());
        requireKnown("bodies", r.bodiesOrEmpty(), readModels.existingStakeholders(bodies), "unknown body code");
        List<Integer> leadDays = r.leadDaysOrEmpty();
        for (int i = 0; i < leadDays.size(); i++) {
            if (leadDays.indexOf(leadDays.get(i)) < i) {
                throw ProblemException.badRequest("leadDays[" + i + "]", "duplicate value " + leadDays.get(i));
            }
        }
        requireBelowQuota(r.subscriber().strip());
        String secret = Signatures.newSecret();
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        Subscription s = new Subscription(UUID.randomUUID(), r.subscriber().strip(), r.channelOrDefault(), target, numbers, areas,
                categories, bodies, leadDays, now, secret, Signatures.standardSecret(secret), null, null,
                r.languageOrDefault(), r.digestOrDefault(), !email);
        if (!email) {
            subscriptions.insert(s, box.seal(s.secret()), null, null, null, null);
            return s;
        }
        String confirmToken = Tokens.newToken();
        subscriptions.insert(s, box.seal(s.secret()), Tokens.sha256(confirmToken), now.plus(mailConfig.confirmationValidity()),
                box.seal(Tokens.newToken()), box.seal(confirmToken));
        confirmationMails.sendAfterCommit();
        return s;
    }

    /**
     * Confirms an e-mail subscription with the token of its confirmation mail: a wrong token is refused (403), an
     * expired one too (410), and a token already used (409), so that a link cannot be replayed.
     */
    @Transactional
    public Subscription confirm(UUID id, String token) {
        Confirmation c = subscriptions.lockConfirmation(id).orElseThrow(() -> ProblemException.notFound("no subscription " + id));
        if (c.tokenHash() == null || !Tokens.matches(token, c.tokenHash())) {
            throw new ProblemException(403, "confirmation-token-invalid", "Invalid confirmation token",
                    "the token is not the one of this subscription's confirmation mail", null, null);
        }
        if (c.confirmed()) {
            throw ProblemException.conflict("confirmation-token-used", "Confirmation token already used",
                    "this subscription is already confirmed; a confirmation link works once", Map.of());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!now.isBefore(c.expiresAt())) {
            throw new ProblemException(410, "confirmation-token-expired", "Confirmation token expired",
                    "the link was valid until " + c.expiresAt() + "; subscribe again to get a new one", null, null);
        }
        subscriptions.confirm(id, now);
        LOG.infof("subscription %s confirmed", id);
        return get(id).withoutSecret();
    }

    /**
     * Ends a subscription through the unsubscribe link of its mails (RFC 8058 one-click). Idempotent: a subscription
     * already ended answers as if it had just been; only a wrong token for an existing one is refused.
     */
    @Transactional
    public void unsubscribe(UUID id, String token) {
        Optional<String> stored = subscriptions.unsubscribeToken(id);
        if (stored.isEmpty()) {
            if (subscriptions.find(id).isPresent()) {
                throw new ProblemException(403, "unsubscribe-token-invalid", "Invalid unsubscribe token",
                        "the token is not the one of this subscription's mails", null, null);
            }
            return;
        }
        if (token == null || !Tokens.constantTimeEquals(token, box.open(stored.get()))) {
            throw new ProblemException(403, "unsubscribe-token-invalid", "Invalid unsubscribe token",
                    "the token is not the one of this subscription's mails", null, null);
        }
        subscriptions.delete(id);
        LOG.infof("subscription %s ended by its one-click unsubscribe link", id);
    }

    /** Deletes unconfirmed subscriptions whose link expired more than the retention ago. */
    @Transactional
    public int deleteExpiredUnconfirmed() {
        int deleted = subscriptions.deleteUnconfirmed(OffsetDateTime.now(clock).minus(mailConfig.unconfirmedRetention()));
        if (deleted > 0) {
            LOG.infof("%d unconfirmed e-mail subscription(s) deleted", deleted);
        }
        return deleted;
    }

    /**
     * Gives the subscription a new secret; the one it replaces keeps signing (as a second signature) for
     * {@link #SECRET_OVERLAP}. A request repeating the last rotation's {@code idempotencyKey} gets that rotation's
     * answer again instead of a second rotation, which would end the overlap of the secret the receiver still holds.
     */
    @Transactional
    public Subscription rotateSecret(UUID id, String idempotencyKey, String actor) {
        SecretState state = subscriptions.lockSecret(id).orElseThrow(() -> ProblemException.notFound("no subscription " + id));
        if (idempotencyKey != null && idempotencyKey.equals(state.rotationKey())) {
            return withSecret(get(id), box.open(state.storedSecret()));
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        String secret = Signatures.newSecret();
        subscriptions.rotateSecret(id, box.seal(secret), box.seal(box.open(state.storedSecret())), now,
                now.plus(SECRET_OVERLAP), actor, idempotencyKey);
        LOG.infof("subscription %s: signing secret rotated by %s; the previous secret also signs until %s",
                id, actor, now.plus(SECRET_OVERLAP));
        return withSecret(get(id), secret);
    }

    private static Subscription withSecret(Subscription s, String secret) {
        return s.withSecret(secret, Signatures.standardSecret(secret));
    }

    private void requireBelowQuota(String subscriber) {
        int max = config.maxPerDelegation();
        if (subscriptions.countLocked(subscriber) >= max) {
            throw ProblemException.conflict("subscription-quota-exceeded", "Subscription quota exceeded",
                    "a delegation may hold at most " + max + " subscriptions; delete one before creating another",
                    Map.of("limit", max));
        }
    }

    public Subscription get(UUID id) {
        return subscriptions.find(id).orElseThrow(() -> ProblemException.notFound("no subscription " + id));
    }

    public List<Subscription> list(String subscriber, int limit) {
        return subscriptions.list(subscriber, limit);
    }

    @Transactional
    public void delete(UUID id) {
        if (!subscriptions.delete(id)) {
            throw ProblemException.notFound("no subscription " + id);
        }
    }

    public List<Delivery> deliveries(UUID id, int limit) {
        get(id);
        return deliveries.list(id, null, limit);
    }

    /** Re-arms a FAILED delivery for a fresh round of attempts. */
    @Transactional
    public Delivery retry(UUID id, long deliveryId) {
        get(id);
        DeliveryStatus status = deliveries.status(id, deliveryId)
                .orElseThrow(() -> ProblemException.notFound("no delivery " + deliveryId + " for subscription " + id));
        if (!deliveries.rearm(id, deliveryId, OffsetDateTime.now(clock))) {
            throw ProblemException.conflict("delivery-not-failed", "Delivery is not FAILED",
                    "only a FAILED delivery can be retried; this one is " + status, Map.of("deliveryStatus", status.name()));
        }
        sender.wakeAfterCommit();
        return deliveries.list(id, deliveryId, 1).get(0);
    }

    public Feed feed(UUID id, String after, int limit) {
        get(id);
        long cursor = parseCursor(after);
        List<Feed.Item> items = new ArrayList<>();
        for (FeedRow row : deliveries.feed(id, cursor, limit)) {
            try {
                items.add(new Feed.Item(String.valueOf(row.id()), row.notificationId(), row.type(), row.createdAt(),
                        mapper.readTree(row.payload())));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored notification " + row.notificationId() + " is not JSON", e);
            }
        }
        String next = items.isEmpty() ? (after == null ? "0" : after) : items.get(items.size() - 1).cursor();
        return new Feed(items, next);
    }

    /** Cursors are the feed position (delivery id) as a decimal string; "0" is the start. */
    private static long parseCursor(String after) {
        if (after == null || after.isEmpty()) {
            return 0;
        }
        if (after.length() > 18 || !after.chars().allMatch(Character::isDigit)) {
            throw ProblemException.badRequest("after", "not a cursor returned by this feed");
        }
        return Long.parseLong(after);
    }

    private static Set<String> names(Enum<?>[] codes) {
        return Arrays.stream(codes).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    private static <T> List<T> distinct(List<T> values) {
        return new ArrayList<>(new LinkedHashSet<>(values));
    }

    private static <T> void requireKnown(String field, List<T> values, Set<T> known, String message) {
        for (int i = 0; i < values.size(); i++) {
            if (!known.contains(values.get(i))) {
                throw ProblemException.badRequest(field + "[" + i + "]", message + ": " + values.get(i));
            }
        }
    }
}
