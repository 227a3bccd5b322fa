#!/usr/bin/env bash
# Prints a bearer token for the services started by ./run.sh (signed with this clone's key pair in .a4p/keys/,
# generated on first use; valid 12 hours). Paste it into Swagger UI's "Authorize" button, or use it with curl:
#
#   ./token.sh secretariat [user]                       edit recommendations, stakeholders and sessions
#   ./token.sh delegation "Delegation of Sweden" [user]  manage that delegation's subscriptions
#
#   curl -H "Authorization: Bearer $(./token.sh secretariat)" ...
set -euo pipefail
cd "$(dirname "$0")"
if [[ ! -f a4p-testinfra/target/classes/org/a4p/infra/Token.class ]]; then
  ./mvnw -B -q -pl a4p-testinfra compile >&2
fi
exec java -cp a4p-testinfra/target/classes org.a4p.infra.Token "$PWD" "$@"
