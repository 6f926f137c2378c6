#!/usr/bin/env bash
# Throwaway PostgreSQL 15 servers for the PostgreSQL backend tests (CTest fixtures call this script).
#   scripts/pg-test-servers.sh start DIR    starts four servers on 127.0.0.1 and writes DIR/env:
#       SWB_PG_PLAIN   a standalone server
#       SWB_PG_COORD   the coordinator: postgres_fdw with foreign servers shard1 and shard2
#       SWB_PG_SHARD1, SWB_PG_SHARD2
#     each a URL postgresql://swb@127.0.0.1:PORT/swb; the same lines go to stdout (messages go to stderr).
#     If DIR/env exists and its servers answer, it only prints DIR/env again.
#   scripts/pg-test-servers.sh stop DIR     stops them and removes their data; exit 0 even after a failed start.
#   scripts/pg-test-servers.sh status DIR   prints which of them run.
#   scripts/pg-test-servers.sh crash DIR NAME    stops server NAME at once (as a crash would; tests of a server
#                                                 that goes away mid-job); revive DIR NAME starts it again.
# Every server also has the role swb_password, which must log in with a password (scram-sha-256) over TCP, for
# the tests of wrong passwords; the tests give it its password.
# Uses Debian's /usr/lib/postgresql/15/bin (SWB_PG_BIN overrides it), never pg_ctlcluster or a pg_ctl on PATH:
# the clusters are private to DIR, not registered with postgresql-common. PostgreSQL refuses to run as root, so
# under root the servers run as `nobody` (present on every Debian system, nothing to create or clean up).
set -euo pipefail

names=(plain coord shard1 shard2)
first_port=55432
last_port=56431
bin=${SWB_PG_BIN:-/usr/lib/postgresql/15/bin}

die() {
    echo "pg-test-servers: $*" >&2
    exit 1
}

usage() {
    echo "usage: scripts/pg-test-servers.sh start|stop|status DIR, or crash|revive DIR NAME" >&2
    exit 2
}

(($# == 2)) || { (($# == 3)) && [[ $1 == crash || $1 == revive ]]; } || usage
cmd=$1
dir=$2
server=${3:-}
[[ -n "$dir" ]] || usage
envfile=$dir/env
# Everything the servers write lives in $dir/data, owned by the server user; $dir itself stays the caller's.
# When that user cannot reach $dir, or $dir is too deep for a unix socket path, $dir/data is a symlink to a
# folder under /tmp (only such a link is followed by `stop`).
datalink=$dir/data

run_as=()
if [[ $(id -u) -eq 0 ]]; then
    id nobody >/dev/null 2>&1 || die "PostgreSQL does not run as root, and there is no user nobody to run it as"
    run_as=(setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --init-groups)
fi

# Runs a PostgreSQL program as the server user, from a folder that user can enter (initdb and pg_ctl look up
# the current directory).
as_server() {
    (cd "$base" && "${run_as[@]}" "$@")
}

check_bin() {
    local tool
    for tool in initdb pg_ctl postgres psql; do
        [[ -x "$bin/$tool" ]] ||
            die "PostgreSQL 15 is not installed ($bin/$tool is missing); install postgresql-15: bash scripts/install-deps.sh"
    done
}

# The data folder if it exists (resolved through the /tmp symlink), else nothing.
find_base() {
    if [[ -L "$datalink" ]]; then
        readlink -f "$datalink" || true
    elif [[ -d "$datalink" ]]; then
        readlink -f "$datalink"
    fi
}

port_taken() {
    if command -v ss >/dev/null; then
        [[ -n "$(ss -Hltn "sport = :$1")" ]]
    else
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
    fi
}

psql_at() { # URL SQL...: runs SQL, prints unaligned tuples only
    local url=$1
    shift
    "$bin/psql" "$url" -X -q -v ON_ERROR_STOP=1 -A -t "$@"
}

url_of() { echo "postgresql://swb@127.0.0.1:$1/${2:-swb}"; }

# The env file's servers answer, and they are ours (their data directory is the one in $dir).
env_answers() {
    [[ -f "$envfile" ]] || return 1
    local base name key url datadir
    base=$(find_base)
    [[ -n "$base" ]] || return 1
    for name in "${names[@]}"; do
        key=SWB_PG_${name^^}
        url=$(sed -n "s/^$key=//p" "$envfile")
        [[ -n "$url" ]] || return 1
        datadir=$(PGCONNECT_TIMEOUT=3 psql_at "$url" -c 'SHOW data_directory' 2>/dev/null) || return 1
        [[ "$datadir" == "$base/$name" ]] || return 1
    done
}

stop_all() {
    local base name pid
    base=$(find_base)
    if [[ -n "$base" && -d "$base" ]]; then
        for name in "${names[@]}" template; do
            [[ -f "$base/$name/postmaster.pid" ]] || continue
            as_server "$bin/pg_ctl" stop -D "$base/$name" -m immediate -w -t 20 >/dev/null 2>&1 || true
            # pg_ctl fails on a stale or unreadable pid file; kill the postmaster only if it serves this folder.
            pid=$(head -n 1 "$base/$name/postmaster.pid" 2>/dev/null || true)
            if [[ "$pid" =~ ^[0-9]+$ ]] && tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF -- "$base/$name"; then
                kill -9 "$pid" 2>/dev/null || true
            fi
        done
    fi
    if [[ -L "$datalink" ]]; then
        # Only a folder this script made under /tmp.
        [[ "$base" != /tmp/swb-pgtest.* ]] || remove "$base"
        rm -f -- "$datalink"
    elif [[ -d "$datalink" ]]; then
        remove "$datalink"
    fi
    rm -f -- "$envfile" "$envfile.tmp"
}

# A start killed with SIGKILL leaves its children (cp, initdb) writing for a moment: try again, then give up
# quietly, since stop must not fail a test run.
remove() {
    rm -rf -- "$1" 2>/dev/null || { sleep 1 && rm -rf -- "$1"; } || echo "pg-test-servers: could not remove $1" >&2
}

status_all() {
    local base name
    base=$(find_base)
    for name in "${names[@]}"; do
        if [[ -n "$base" && -f "$base/$name/postmaster.pid" ]] &&
            as_server "$bin/pg_ctl" status -D "$base/$name" >/dev/null 2>&1; then
            echo "$name: running (port $(sed -n 4p "$base/$name/postmaster.pid"))"
        else
            echo "$name: not running"
        fi
    done
}

# Makes $dir/data, or the /tmp folder it links to, owned by the server user.
make_base() {
    mkdir -p "$dir"
    mkdir -p "$datalink"
    [[ ${#run_as[@]} -eq 0 ]] || chown "$(id -u nobody):$(id -g nobody)" "$datalink"
    base=$(readlink -f "$datalink")
    # A unix socket path holds at most 107 bytes: $base/sock/.s.PGSQL.NNNNN.lock must fit.
    if ! "${run_as[@]}" test -w "$base" -a -x "$base" || ((${#base} + 26 > 107)); then
        rmdir "$datalink"
        base=$(mktemp -d /tmp/swb-pgtest.XXXXXX)
        chmod 755 "$base"
        [[ ${#run_as[@]} -eq 0 ]] || chown "$(id -u nobody):$(id -g nobody)" "$base"
        ln -s "$base" "$datalink"
    fi
    as_server mkdir -p "$base/sock" "$base/log"
}

# One cluster is made with initdb; the servers get copies of it, which is much faster than four initdb runs.
make_template() {
    local t=$base/template
    # Trust authentication: throwaway servers that listen on loopback only, with a test role that is superuser.
    if ! as_server "$bin/initdb" -D "$t" -U swb --auth=trust --locale=C.UTF-8 --encoding=UTF8 --no-sync \
        >"$base/log/initdb.log" 2>&1; then
        as_server rm -rf "$t"
        as_server "$bin/initdb" -D "$t" -U swb --auth=trust --no-locale --encoding=UTF8 --no-sync \
            >>"$base/log/initdb.log" 2>&1 || {
            tail -n 20 "$base/log/initdb.log" >&2
            die "initdb failed (log: $base/log/initdb.log)"
        }
    fi
    # The swb database goes into the template too (single-user mode, no server needed), so the copies have it.
    echo "CREATE DATABASE swb OWNER swb;" |
        as_server "$bin/postgres" --single -D "$t" -F -c exit_on_error=true postgres >>"$base/log/initdb.log" 2>&1 ||
        die "could not create database swb (log: $base/log/initdb.log)"
    echo "include 'swb-test.conf'" | as_server tee -a "$t/postgresql.conf" >/dev/null
    # Before initdb's trust lines: the first line that matches decides.
    as_server sh -c "{ echo 'host all swb_password 127.0.0.1/32 scram-sha-256'; cat '$t/pg_hba.conf'; } \
        >'$t/pg_hba.new' && mv '$t/pg_hba.new' '$t/pg_hba.conf'"
}

# Copying is mostly creating ~1200 small files, which costs system time per file: the copies run side by side,
# and the last server takes the template itself.
copy_template() {
    local name pid pids=()
    for name in "${names[@]:0:${#names[@]}-1}"; do
        as_server cp -a "$base/template" "$base/$name" &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do
        wait "$pid" || die "could not copy $base/template"
    done
    as_server mv "$base/template" "$base/${names[-1]}"
}

write_conf() { # NAME PORT
    local extra=""
    [[ "$1" != coord ]] || extra=$'enable_partitionwise_aggregate = on\nenable_partitionwise_join = on\n'
    as_server tee "$base/$1/swb-test.conf" >/dev/null <<EOF
port = $2
listen_addresses = '127.0.0.1'
unix_socket_directories = '$base/sock'
max_connections = 50
shared_buffers = 32MB
fsync = off
synchronous_commit = off
full_page_writes = off
$extra
EOF
}

# Starts NAME on the first free port from $next_port on; a port taken between the check and the bind (another
# test run starting servers at the same time) only makes it try the next one.
start_server() {
    local name=$1 port=$next_port log=$base/log/$1.log
    while ((port <= last_port)); do
        if ! port_taken "$port"; then
            write_conf "$name" "$port"
            as_server rm -f "$log"
            if as_server "$bin/pg_ctl" start -D "$base/$name" -l "$log" -w -t 30 >/dev/null 2>&1; then
                ports[$name]=$port
                next_port=$((port + 1))
                return 0
            fi
            grep -q "could not bind\|Address already in use" "$log" 2>/dev/null || {
                tail -n 20 "$log" >&2
                die "$name did not start (log: $log)"
            }
        fi
        port=$((port + 1))
    done
    die "no free port in $first_port-$last_port"
}

setup_coord() {
    local coord shard
    coord=$(url_of "${ports[coord]}")
    for shard in shard1 shard2; do
        psql_at "$(url_of "${ports[$shard]}")" -c "SELECT 1" >/dev/null
    done
    # password_required 'false' keeps the mappings usable should the swb role lose superuser.
    psql_at "$coord" <<EOF
CREATE EXTENSION postgres_fdw;
CREATE SERVER shard1 FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '127.0.0.1', port '${ports[shard1]}', dbname 'swb', fetch_size '10000', async_capable 'true');
CREATE SERVER shard2 FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '127.0.0.1', port '${ports[shard2]}', dbname 'swb', fetch_size '10000', async_capable 'true');
CREATE USER MAPPING FOR swb SERVER shard1 OPTIONS (user 'swb', password_required 'false');
CREATE USER MAPPING FOR swb SERVER shard2 OPTIONS (user 'swb', password_required 'false');
EOF
}

# Check that a hash-partitioned table whose partitions are foreign tables on the shards takes rows and counts them.
smoke_test() {
    local coord s1 s2 total n1 n2
    coord=$(url_of "${ports[coord]}")
    s1=$(url_of "${ports[shard1]}")
    s2=$(url_of "${ports[shard2]}")
    psql_at "$s1" -c 'CREATE TABLE swb_smoke_p0 (k text COLLATE "C", v int)'
    psql_at "$s2" -c 'CREATE TABLE swb_smoke_p1 (k text COLLATE "C", v int)'
    psql_at "$coord" <<'EOF'
CREATE TABLE swb_smoke (k text COLLATE "C", v int) PARTITION BY HASH (k);
CREATE FOREIGN TABLE swb_smoke_p0 PARTITION OF swb_smoke FOR VALUES WITH (MODULUS 2, REMAINDER 0)
    SERVER shard1 OPTIONS (table_name 'swb_smoke_p0');
CREATE FOREIGN TABLE swb_smoke_p1 PARTITION OF swb_smoke FOR VALUES WITH (MODULUS 2, REMAINDER 1)
    SERVER shard2 OPTIONS (table_name 'swb_smoke_p1');
INSERT INTO swb_smoke SELECT 'c' || i, i FROM generate_series(1, 1000) i;
EOF
    total=$(psql_at "$coord" -c 'SELECT count(*) FROM swb_smoke')
    n1=$(psql_at "$s1" -c 'SELECT count(*) FROM swb_smoke_p0')
    n2=$(psql_at "$s2" -c 'SELECT count(*) FROM swb_smoke_p1')
    psql_at "$coord" -c 'DROP TABLE swb_smoke'
    psql_at "$s1" -c 'DROP TABLE swb_smoke_p0'
    psql_at "$s2" -c 'DROP TABLE swb_smoke_p1'
    [[ "$total" == 1000 && $((n1 + n2)) == 1000 && "$n1" -gt 0 && "$n2" -gt 0 ]] ||
        die "smoke test failed: coordinator counts $total rows, shards $n1 + $n2 (expected 1000, both > 0)"
}

start_all() {
    check_bin
    if env_answers; then
        cat "$envfile"
        return 0
    fi
    stop_all # leftovers of an earlier run
    make_base
    # Until the env file is written, a failure stops what was started (die printed the end of the log).
    trap 'status=$?; ((status == 0)) || stop_all' EXIT
    trap 'exit 1' INT TERM HUP
    declare -gA ports=()
    next_port=$first_port
    make_template
    copy_template
    local name
    for name in "${names[@]}"; do
        start_server "$name"
    done
    setup_coord
    smoke_test
    for name in "${names[@]}"; do
        echo "SWB_PG_${name^^}=$(url_of "${ports[$name]}")"
    done >"$envfile.tmp"
    mv "$envfile.tmp" "$envfile"
    trap - EXIT INT TERM HUP
    echo "pg-test-servers: 4 servers up in ${SECONDS}s, data in $base" >&2
    cat "$envfile"
}

# crash|revive NAME: one server stopped at once (no checkpoint, connections cut) or started again on its port.
one_server() {
    local base
    base=$(find_base)
    [[ " ${names[*]} " == *" $server "* && -n "$base" && -d "$base/$server" ]] || die "no server $server in $dir"
    if [[ $cmd == crash ]]; then
        as_server "$bin/pg_ctl" stop -D "$base/$server" -m immediate -w -t 20 >/dev/null
    else
        as_server "$bin/pg_ctl" start -D "$base/$server" -l "$base/log/$server.log" -w -t 30 >/dev/null
    fi
}

case "$cmd" in
start) start_all ;;
crash | revive) one_server ;;
stop)
    stop_all
    rmdir "$dir" 2>/dev/null || true
    ;;
status) status_all ;;
*) usage ;;
esac
