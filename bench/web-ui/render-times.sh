#!/usr/bin/env bash
# Web UI render times on the reference scenario: starts the server (Release build, a fresh SQLite file, or PostgreSQL
# when TRUSTDESK_BENCH_POSTGRES_APP and TRUSTDESK_BENCH_POSTGRES_OWNER hold the app and owner connection strings),
# signs in as the NL employee and as the NL analyst, requests each page N times one after another (after 20 warm-up
# requests each) and prints p50 / p95 / max of the whole request as curl sees it on the loopback interface, with
# GET /v1/me as a control (the machine's load moves every figure).
# Usage: bench/web-ui/render-times.sh [N]   (default 200)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-200}
work=$(mktemp -d /tmp/trustdesk-webui-bench.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
dotnet build src/Trustdesk.Web -c Release -v q -clp:ErrorsOnly --nologo >/dev/null

if [ -n "${TRUSTDESK_BENCH_POSTGRES_APP:-}" ]; then
  database=(Database__Provider=Postgres ConnectionStrings__Trustdesk="$TRUSTDESK_BENCH_POSTGRES_APP"
            ConnectionStrings__TrustdeskOwner="$TRUSTDESK_BENCH_POSTGRES_OWNER")
else
  database=(Database__Provider=Sqlite ConnectionStrings__Trustdesk="Data Source=$work/trustdesk.db")
fi
# Production, so the figures are a deployment's; the demo data loads there only when allowed explicitly (ADR 34).
env "${database[@]}" ASPNETCORE_ENVIRONMENT=Production Demo__LoadReferenceScenario=true Demo__AllowOutsideDevelopment=true \
  RateLimit__RequestsPerHour=100000000 \
  Logging__LogLevel__Default=Warning ASPNETCORE_URLS="$base" Platform__PublicUrl="$base" \
  dotnet src/Trustdesk.Web/bin/Release/net10.0/Trustdesk.Web.dll > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf -o /dev/null "$base/sign-in"; do sleep 0.5; done

sign_in() { # jar email password
  local token
  token=$(curl -s -c "$1" -b "$1" "$base/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*' | sed 's/.*value="//')
  curl -s -o /dev/null -c "$1" -b "$1" --data-urlencode "Email=$2" --data-urlencode "Password=$3" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/sign-in"
}
sign_in "$work/anna" anna.devries@widget.example demo_nl_employee
sign_in "$work/nick" nick.jansen@widget.example demo_nl_analyst
request=$(curl -s -b "$work/anna" "$base/portal/requests" | grep -o 'data-request="[0-9]*"' | head -1 | grep -o '[0-9]*')

measure() { # jar path [curl options]
  local jar=$1 path=$2; shift 2
  for _ in $(seq 20); do curl -s -o /dev/null -b "$jar" "$@" "$base$path"; done
  for _ in $(seq "$n"); do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$jar" "$@" "$base$path"; done > "$work/times"
  if grep -qv '^200 ' "$work/times"; then echo "$path: not every answer was 200" >&2; exit 1; fi
  awk '{print $2 * 1000}' "$work/times" | sort -n | awk -v path="$path" '{t[NR]=$1} END {
    printf "| %-32s | %6.1f | %6.1f | %6.1f |\n", path, t[int(NR*0.5)], t[int(NR*0.95)], t[NR] }'
}
echo "| page | p50 ms | p95 ms | max ms |"
echo "|---|---:|---:|---:|"
measure "$work/anna" /portal
measure "$work/anna" "/portal?q=active+directory"
measure "$work/anna" /portal/requests
measure "$work/anna" "/portal/requests/$request"
measure "$work/anna" /portal/instances/4/request
measure "$work/nick" /console/widget-it-nl
# The control: an API read of about the same work (caller resolution, one person), with the NL employee's demo token.
measure "$work/none" /v1/me -H "Authorization: Bearer td_demo_nl_employee"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
