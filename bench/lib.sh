# Helpers bench/run and bench/compare share; source it after setting HOST.

# The process ids of a process's descendants, one per line.
descendants() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
    echo "$child"
    descendants "$child"
  done
}

port_in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

# free_port NAME: sets the variable NAME to a free port on HOST that no earlier call gave.
# (Not called in $(...), whose subshell would forget the ports already given; NAME must not be
# "candidate", the local it would set instead.)
USED_PORTS=" "
free_port() {
  local candidate
  for _ in $(seq 200); do
    candidate=$((20000 + RANDOM % 20000))
    if [[ $USED_PORTS != *" $candidate "* ]] && ! port_in_use "$candidate"; then
      USED_PORTS+="$candidate "
      printf -v "$1" '%s' "$candidate"
      return 0
    fi
  done
  return 1
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# CPU time (user + system) of a process and its children so far, in clock ticks.
cpu_ticks() {
  local total=0 pid ticks
  for pid in "$1" $(descendants "$1"); do
    ticks=$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{ print $12 + $13 }' || true)
    total=$((total + ${ticks:-0}))
  done
  echo "$total"
}
CLOCK_TICKS=$(getconf CLK_TCK)

new_uuid() { cat /proc/sys/kernel/random/uuid; }

# token PORT CUSTOMER: a sandbox access token from the server's token call, or nothing.
token() {
  curl -s --max-time 5 -u sandbox-app:sandbox-app-secret \
    -H "uuid: $(new_uuid)" -H 'Accept: application/json' -H 'client_id: sandbox-app' \
    -H 'Content-Type: application/x-www-form-urlencoded' \
    --data 'grant_type=client_credentials&customer='"$2" \
    "http://$HOST:$1/api/sandbox/v1/oauth2/token" 2>/dev/null |
    sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' || true
}

# The loads drive one client as fast as they can and send one-time passwords without end, which the
# server's rate limits (README, "Rate limits") would mostly refuse. The servers get limits so high that
# they never refuse, while every call still passes through the limiter and pays for it. An older build
# ignores these settings.
BENCH_LIMIT_ARGS="--customers.limits.client-calls.per-second=1000000000 --customers.limits.client-calls.burst=1000000000 \
--customers.limits.otp-sends.per-customer-per-hour=1000000000"

# The benchmark's data set (bench/dataset): 1,000 customers, added by a Flyway callback after the
# server's own migrations, never part of the sandbox's default data. The journeys work for these
# customers. Tokens live for hours, so that the journeys' cached sign-ins (Journey.java's
# SESSIONS_FILE) stay valid through a whole run.
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BENCH_CUSTOMERS=10001-11000
BENCH_DATA_ARGS="--spring.flyway.locations=classpath:db/migration,filesystem:$BENCH_DIR/dataset \
--customers.security.sandbox.token-lifetime=6h"
