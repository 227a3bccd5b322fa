#!/bin/bash
# The kafka container's command: starts the broker as the image does (/etc/kafka/docker/run), then, through
# the internal listener that only this container can reach, creates the SCRAM users, the topics with their
# dead-letter topics (auto-creation is off) and the ACLs of README "Kafka security"; every step is
# idempotent, so a restart repeats it harmlessly. The health check passes only once this is done.
set -euo pipefail
READY=/tmp/a4p-security-ready
rm -f "$READY"
/etc/kafka/docker/run &
broker=$!
trap 'kill -TERM "$broker"; wait "$broker"' TERM INT

BIN=/opt/kafka/bin
INTERNAL=localhost:9094
until "$BIN/kafka-broker-api-versions.sh" --bootstrap-server "$INTERNAL" > /dev/null 2>&1; do
  kill -0 "$broker" 2> /dev/null || exit 1
  sleep 1
done

scram() {
  "$BIN/kafka-configs.sh" --bootstrap-server "$INTERNAL" --alter --entity-type users --entity-name "$1" \
    --add-config "SCRAM-SHA-512=[iterations=8192,password=$2]"
}
scram a4p-admin "$A4P_KAFKA_ADMIN_PASSWORD"
scram recommendations-service "$A4P_KAFKA_RECOMMENDATIONS_PASSWORD"
scram stakeholders-service "$A4P_KAFKA_STAKEHOLDERS_PASSWORD"
scram notifications-service "$A4P_KAFKA_NOTIFICATIONS_PASSWORD"
scram dashboard "$A4P_KAFKA_DASHBOARD_PASSWORD"

for topic in recommendation-events stakeholder-events notification-events; do
  for name in "$topic" "$topic.dlq"; do
    "$BIN/kafka-topics.sh" --bootstrap-server "$INTERNAL" --create --if-not-exists --topic "$name" \
      --partitions 3 --replication-factor 1
  done
done

allow() { # principal operation resource-type resource
  "$BIN/kafka-acls.sh" --bootstrap-server "$INTERNAL" --add --allow-principal "User:$1" --operation "$2" "--$3" "$4"
}
# each service writes its own topic and the dead-letter topics of what it consumes, reads what it consumes
allow recommendations-service Write topic recommendation-events
allow recommendations-service Write topic stakeholder-events.dlq
allow recommendations-service Read topic stakeholder-events
allow recommendations-service Read group recommendations-service
allow stakeholders-service Write topic stakeholder-events
allow notifications-service Write topic notification-events
allow notifications-service Write topic recommendation-events.dlq
allow notifications-service Write topic stakeholder-events.dlq
allow notifications-service Read topic recommendation-events
allow notifications-service Read topic stakeholder-events
allow notifications-service Read group notifications-service
allow dashboard Write topic recommendation-events.dlq
allow dashboard Write topic stakeholder-events.dlq
allow dashboard Read topic recommendation-events
allow dashboard Read topic stakeholder-events
allow dashboard Read group dashboard

touch "$READY"
echo "===> A4P: SCRAM users, topics and ACLs in place"
wait "$broker"
