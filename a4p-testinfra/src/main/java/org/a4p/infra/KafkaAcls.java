package org.a4p.infra;

import org.a4p.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The ACLs of the design ("Kafka security"): each service writes its own topic, and the dead-letter topics
 * of what it consumes (the consumer dead-letters), reads only what it consumes, in its own consumer group.
 * docker-compose.yml's kafka-init sets the same (deploy/kafka/init-security.sh).
 */
final class KafkaAcls {

    /** One principal's grants; a service consumes in a group named after itself. */
    record Grants(String user, List<String> writes, List<String> reads, String group) {
    }

    static final List<Grants> TABLE = List.of(
            new Grants(KafkaUsers.RECOMMENDATIONS,
                    List.of(Topics.RECOMMENDATION_EVENTS, Topics.deadLetter(Topics.STAKEHOLDER_EVENTS)),
                    List.of(Topics.STAKEHOLDER_EVENTS), KafkaUsers.RECOMMENDATIONS),
            new Grants(KafkaUsers.STAKEHOLDERS,
                    List.of(Topics.STAKEHOLDER_EVENTS), List.of(), null),
            new Grants(KafkaUsers.NOTIFICATIONS,
                    List.of(Topics.NOTIFICATION_EVENTS, Topics.deadLetter(Topics.RECOMMENDATION_EVENTS),
                            Topics.deadLetter(Topics.STAKEHOLDER_EVENTS)),
                    List.of(Topics.RECOMMENDATION_EVENTS, Topics.STAKEHOLDER_EVENTS), KafkaUsers.NOTIFICATIONS),
            new Grants(KafkaUsers.DASHBOARD,
                    List.of(Topics.deadLetter(Topics.RECOMMENDATION_EVENTS), Topics.deadLetter(Topics.STAKEHOLDER_EVENTS)),
                    List.of(Topics.RECOMMENDATION_EVENTS, Topics.STAKEHOLDER_EVENTS), KafkaUsers.DASHBOARD));

    private KafkaAcls() {
    }

    static List<AclBinding> bindings() {
        List<AclBinding> acls = new ArrayList<>();
        for (Grants g : TABLE) {
            for (String topic : g.writes()) {
                acls.add(allow(g.user(), ResourceType.TOPIC, topic, AclOperation.WRITE));
            }
            for (String topic : g.reads()) {
                acls.add(allow(g.user(), ResourceType.TOPIC, topic, AclOperation.READ));
            }
            if (g.group() != null) {
                acls.add(allow(g.user(), ResourceType.GROUP, g.group(), AclOperation.READ));
            }
        }
        return acls;
    }

    static AclBinding allow(String user, ResourceType type, String name, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW));
    }

    /** Creating an ACL that exists is a no-op, so this runs on every start. */
    static void apply(Admin admin) throws InterruptedException, ExecutionException {
        try {
            admin.createAcls(bindings()).all().get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not create the ACLs in time", e);
        }
    }
}
