#!/usr/bin/env bash
# Spectral lint of the OpenAPI documents of the three services and the dashboard, as each service's build stored them in target/openapi/
# (quarkus.smallrye-openapi.store-schema-directory; OpenApiContractTest checks that /q/openapi serves exactly that).
# Run after the build (.ci/run does). Fails on any error or warning of the rules in ../.spectral.yaml.
set -euo pipefail
cd "$(dirname "$0")"
command -v npm >/dev/null || { echo "contract/lint.sh needs Node.js 18+ and npm" >&2; exit 1; }
npm ci --no-audit --no-fund --loglevel=error
status=0
for module in recommendations-service stakeholders-service notifications-service dashboard; do
  document="../${module}/target/openapi/openapi.yaml"
  [ -f "$document" ] || { echo "$document is missing: build the services first (./mvnw verify)" >&2; exit 1; }
  echo "spectral: ${module}"
  npx --no-install spectral lint --ruleset ../.spectral.yaml --fail-severity warn "$document" || status=1
done
exit $status
