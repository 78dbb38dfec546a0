#!/usr/bin/env bash
# Times the specialist console's pages on the reference scenario: signs in as demo people, renders each page N times
# (default 100) and prints the median and p95 of the time to the first byte (curl's time_starttransfer: the server's
# render plus a loopback round trip). Start the server first, e.g.
#   dotnet run -c Release --project src/Trustdesk.Web --urls http://127.0.0.1:5187
# then: bench/console/render-times.sh http://127.0.0.1:5187
set -euo pipefail
base=${1:-http://127.0.0.1:5080}
n=${N:-100}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

api() { curl -sf -H "Authorization: Bearer $1" -H "X-4me-Account: $2" "$base$3"; }

sign_in() { # jar email password
    local token
    token=$(curl -sf -c "$1" -b "$1" "$base/sign-in" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
    curl -sf -o /dev/null -c "$1" -b "$1" --data-urlencode "Email=$2" --data-urlencode "Password=$3" \
        --data-urlencode "__RequestVerificationToken=$token" "$base/sign-in"
}

time_page() { # jar path
    local times="$work/times" status
    : > "$times"
    status=$(curl -s -o /dev/null -w '%{http_code}' -b "$1" "$base$2")
    [ "$status" = 200 ] || { echo "$2: HTTP $status" >&2; exit 1; }
    for _ in $(seq "$n"); do curl -s -o /dev/null -w '%{time_starttransfer}\n' -b "$1" "$base$2" >> "$times"; done
    sort -g "$times" | awk -v page="$2" '{ t[NR] = $1 * 1000 } END {
        m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; p = t[int(NR * 0.95 + 0.999)]
        printf "| `%s` | %.1f | %.1f |\n", page, m, p }'
}

request=$(api td_demo_cc_specialist widget-cc "/v1/requests?per_page=100" | tr '{' '\n' | grep -B1 '"subject":"Cannot log in after password reset"' | sed -n 's/.*"id":\([0-9]*\).*/\1/p' | head -1)
request=${request:-$(api td_demo_cc_specialist widget-cc "/v1/requests?per_page=1" | sed -n 's/^\[{"id":\([0-9]*\).*/\1/p')}
task=$(api td_demo_hr_specialist widget-hr "/v1/tasks?per_page=1" | sed -n 's/^\[{"id":\([0-9]*\).*/\1/p')
workflow=$(api td_demo_hr_specialist widget-hr "/v1/workflows?per_page=1" | sed -n 's/^\[{"id":\([0-9]*\).*/\1/p')

cc="$work/cc" hr="$work/hr" admin="$work/admin"
sign_in "$cc" chris.cole@widget.example demo_cc_specialist
sign_in "$hr" hannah.reed@widget.example demo_hr_specialist
sign_in "$admin" wendy.admin@widget.example demo_widget_admin

echo "| page | median ms | p95 ms |"
echo "|---|---|---|"
time_page "$cc" /console/widget-cc
time_page "$cc" "/console/widget-cc?filter=assigned_to_my_team&q=password"
time_page "$cc" "/console/widget-cc?show=tasks"
time_page "$cc" "/console/widget-cc/requests/$request"
time_page "$hr" "/console/widget-hr/tasks/$task"
time_page "$hr" "/console/widget-hr/workflows/$workflow"
time_page "$admin" /console/widget-it-nl/trusts
time_page "$admin" /console/widget-it-nl/people
time_page "$admin" /console/widget-cc/services
