#!/bin/bash
# Runs once, when the PostgreSQL container initialises an empty data directory.
# One database per service, each owned by its own role: no service can read another's tables.
# Passwords come from RECOMMENDATIONS_DB_PASSWORD, STAKEHOLDERS_DB_PASSWORD, NOTIFICATIONS_DB_PASSWORD, DASHBOARD_DB_PASSWORD.
set -euo pipefail
for db in recommendations stakeholders notifications dashboard; do
  var="$(echo "$db" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  password="${!var:?$var must be set}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v role="$db" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role";
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
SQL
done
