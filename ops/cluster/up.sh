#!/usr/bin/env bash
# Brings up the production layout on one machine: a Payara Server domain (DAS) with a deployment
# group of two instances sharing one PostgreSQL database, the Data Grid on loopback only, the EAR
# deployed to the group with session availability, and HAProxy in front (TLS, sticky, health
# checks on /health/ready). Everything binds 127.0.0.1. Idempotent: a part already running is left
# as it is.
#
#   ops/cluster/up.sh            (settings below, each overridable from the environment)
#
# What it writes lives under $CLUSTER_HOME (git-ignored): the Payara installation, the domain,
# the generated admin password (admin.pass, mode 600), the instances' database settings
# (env/<instance>.env, mode 600), the self-signed certificate, haproxy.cfg and PID files.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=ops/cluster/settings.sh
. "$here/settings.sh"

log() { echo "[up $(date -u +%H:%M:%S)] $*"; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

mkdir -p "$CLUSTER_HOME" "$CLUSTER_HOME/env" "$CLUSTER_HOME/run" "$CLUSTER_HOME/tls"
chmod 700 "$CLUSTER_HOME"

# --- the EAR ---------------------------------------------------------------------------------
if [ ! -f "$EAR" ]; then
    log "building $EAR"
    (cd "$REPO" && mvn -o -q package -DskipTests -Dspotbugs.skip=true)
fi

# --- database ---------------------------------------------------------------------------------
if ! psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_SUPERUSER" -d postgres -tAc \
        "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'" | grep -q 1; then
    log "creating database user $DB_USER"
    psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_SUPERUSER" -d postgres -qc "CREATE USER $DB_USER"
fi
if ! psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_SUPERUSER" -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'" | grep -q 1; then
    log "creating database $DB_NAME"
    psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_SUPERUSER" -d postgres -qc "CREATE DATABASE $DB_NAME OWNER $DB_USER"
fi
# (on psql's standard input, so that the password never appears on a command line)
db_pw="$(cluster_db_password)"
printf "ALTER USER %s PASSWORD '%s';\n" "$DB_USER" "${db_pw//\'/\'\'}" |
    psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_SUPERUSER" -d postgres -q >/dev/null
unset db_pw

# --- Payara installation and domain ------------------------------------------------------------
if [ ! -x "$PAYARA/bin/asadmin" ]; then
    log "unpacking $PAYARA_ZIP"
    unzip -q -o "$PAYARA_ZIP" -d "$CLUSTER_HOME"
fi

if [ ! -f "$ADMIN_PASS_FILE" ]; then
    umask 077
    printf 'AS_ADMIN_PASSWORD=%s\n' "$(head -c 24 /dev/urandom | base64 | tr -d '/+=')" >"$ADMIN_PASS_FILE"
    umask 022
fi
chmod 600 "$ADMIN_PASS_FILE"

domain_xml="$DOMAINS/$DOMAIN/config/domain.xml"
if [ ! -f "$domain_xml" ]; then
    log "creating domain $DOMAIN (admin port $DAS_ADMIN_PORT)"
    "$PAYARA/bin/asadmin" --user admin --passwordfile "$ADMIN_PASS_FILE" create-domain \
        --domaindir "$DOMAINS" --adminport "$DAS_ADMIN_PORT" --instanceport "$DAS_HTTP_PORT" \
        --domainproperties "http.ssl.port=$DAS_HTTPS_PORT:jms.port=$DAS_JMS_PORT:domain.jmxPort=$DAS_JMX_PORT:orb.listener.port=$DAS_IIOP_PORT:orb.ssl.port=$DAS_IIOP_SSL_PORT:orb.mutualauth.port=$DAS_IIOP_MUTUAL_PORT:osgi.shell.telnet.port=$DAS_OSGI_PORT:java.debugger.port=$DAS_DEBUG_PORT" \
        "$DOMAIN" >/dev/null
    # Before the first start, where Payara reads it: phone home off inside each <config>, the
    # Data Grid off until it is bound to loopback (set-hazelcast-configuration needs a running
    # DAS), every listener on 127.0.0.1, and Hazelcast's own phone home and wildcard bind off.
    python3 - "$domain_xml" <<'EOF'
import re, sys
p = sys.argv[1]
x = open(p, encoding="utf-8").read()
x = re.sub(r'(<config name="(?:server|default)-config"[^>]*>)',
           r'\1<phone-home-runtime-configuration enabled="false"></phone-home-runtime-configuration>', x)
x = re.sub(r'<hazelcast-config-specific-configuration(?![^>]*enabled=)',
           '<hazelcast-config-specific-configuration enabled="false"', x)
x = x.replace('address="0.0.0.0"', 'address="127.0.0.1"')
x = re.sub(r'<network-listener (?![^>]*address=)', '<network-listener address="127.0.0.1" ', x)
x = re.sub(r'<jmx-connector (?![^>]*address=)', '<jmx-connector address="127.0.0.1" ', x)
x = re.sub(r'<iiop-listener (?![^>]*address=)', '<iiop-listener address="127.0.0.1" ', x)
x = re.sub(r'(<java-config[^>]*>)',
           r'\1<jvm-options>-Dhazelcast.phone.home.enabled=false</jvm-options>'
           r'<jvm-options>-Dhazelcast.socket.bind.any=false</jvm-options>'
           r'<jvm-options>-Djava.net.preferIPv4Stack=true</jvm-options>', x)
open(p, "w", encoding="utf-8").write(x)
EOF
    test "$(grep -c 'phone-home-runtime-configuration enabled="false"' "$domain_xml")" = 2
    if grep -q 'address="0.0.0.0"' "$domain_xml"; then
        echo "a listener still binds 0.0.0.0 in $domain_xml" >&2
        exit 1
    fi
    touch "$CLUSTER_HOME/run/domain.new"
fi

das_running() { port_busy "$DAS_ADMIN_PORT"; }
if ! das_running; then
    log "starting DAS"
    timeout 300 "$PAYARA/bin/asadmin" start-domain --domaindir "$DOMAINS" "$DOMAIN" >/dev/null
fi

if [ -f "$CLUSTER_HOME/run/domain.new" ]; then
    log "configuring the domain: Data Grid on loopback, heap, deployment group, instances"
    # The Data Grid in TCP/IP mode: the members are listed (DAS and one port per instance), all
    # on 127.0.0.1, with a name of its own; no multicast, no cloud discovery. ("domain" mode,
    # discovery through the DAS, left each instance alone in a grid of one here.)
    members="127.0.0.1:$DG_DAS_PORT"
    for i in "${!INSTANCES[@]}"; do members="$members,127.0.0.1:$((DG_START_PORT + i))"; done
    asadm set-hazelcast-configuration --enabled=true --dynamic=false \
        --clustermode=tcpip --tcpipmembers="$members" --clustername="$DG_CLUSTER_NAME" \
        --interfaces=127.0.0.1 --dasbindaddress=127.0.0.1 --daspublicaddress=127.0.0.1 \
        --dasport="$DG_DAS_PORT" --startport="$DG_START_PORT" --autoincrementport=true \
        --hostawarepartitioning=false
    for cfg in server-config default-config; do
        asadm set "configs.config.$cfg.hazelcast-config-specific-configuration.enabled=true"
    done
    # The balancer terminates TLS: requests arriving through it are secure for the application.
    asadm set "configs.config.default-config.network-config.protocols.protocol.http-listener-1.http.scheme-mapping=X-Forwarded-Proto"
    asadm delete-jvm-options --target default-config -Xmx512m
    # The collector and native-heap trimming the README's deployment advises (step 7): the serial
    # collector keeps no remembered sets (G1's cost 60-70 MB at this heap on two cores, and more
    # CPU per request), and the C library's freed memory goes back to the system every 5 s.
    asadm create-jvm-options --target default-config "-Xmx$HEAP:-Xms$HEAP:-XX\\:+UseSerialGC:-XX\\:TrimNativeHeapInterval=5000"
    # Request threads: the server's default is 5, so five long downloads (a programme PDF) held
    # every thread while other users waited; 32, as the quick start has.
    asadm set "configs.config.default-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=32"
    asadm set "configs.config.default-config.availability-service.web-container-availability.availability-enabled=true"
    # The application's timers are non-persistent, but the EJB container of an instance still
    # starts the timer service, whose default store (Database) is not there on an instance:
    # the deployment then fails with "EJB Timer Service is not available".
    asadm set "configs.config.default-config.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid"
    # The application sends no JMS, and the embedded broker binds every interface.
    for cfg in server-config default-config; do
        asadm set "configs.config.$cfg.jms-service.type=DISABLED"
    done
    # Connection pools watched per instance (asadmin get -m 'itpp-a.resources.itpp-pool.*'); each
    # instance copies default-config when it is created. At LOW Payara reports nothing for a
    # pool; HIGH also keeps the most frequent statements (frequsedsqlqueries).
    asadm set "configs.config.default-config.monitoring-service.module-monitoring-levels.jdbc-connection-pool=HIGH"
    asadm create-deployment-group "$DG_NAME"
    i=0
    for inst in "${INSTANCES[@]}"; do
        i=$((i + 1))
        asadm create-local-instance --node "localhost-$DOMAIN" \
            --systemproperties "$(instance_ports "$i")" "$inst"
        asadm add-instance-to-deployment-group --instance "$inst" --deploymentgroup "$DG_NAME"
        # jvmRoute ends each session id with the instance's name (sticky sessions, and a test
        # can tell which node served a user).
        asadm create-jvm-options --target "$inst" "-DjvmRoute=$inst"
    done
    log "restarting DAS with the Data Grid on loopback"
    timeout 300 "$PAYARA/bin/asadmin" restart-domain --domaindir "$DOMAINS" "$DOMAIN" >/dev/null
    rm "$CLUSTER_HOME/run/domain.new"
fi

# --- secrets: Payara password aliases -------------------------------------------------------------
# The database password and the first administrator's are kept in the domain's encrypted alias
# store (synchronised to the instances when they start), not in the instances' environment, which
# any process of the same user reads in /proc/<pid>/environ. The application reads them through
# MicroProfile Config under the aliases' names (itpp.db.password, itpp.admin.password).
set_alias() { # name value
    local f verb=create-password-alias
    f="$(mktemp "$CLUSTER_HOME/run/alias.XXXXXX")"
    { cat "$ADMIN_PASS_FILE"; printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$2"; } >"$f"
    asadm list-password-aliases 2>/dev/null | grep -qx "$1" && verb=update-password-alias
    "$PAYARA/bin/asadmin" --host 127.0.0.1 --port "$DAS_ADMIN_PORT" --user admin --passwordfile "$f" \
        "$verb" "$1" >/dev/null
    rm -f "$f"
}
set_alias itpp.db.password "$(cluster_db_password)"
set_alias itpp.admin.password "$(cluster_admin_password)"

# --- the database: a JDBC pool and resource of the server -------------------------------------------
# The pool is the server's, so IT sizes it (asadmin set resources.jdbc-connection-pool.$DB_POOL.
# max-pool-size=64), pings it and watches it (asadmin get -m 'itpp-a.resources.$DB_POOL.*') with
# asadmin; its password is the alias. The EAR uses the resource named in itpp.db.resource
# (ITPP_DB_RESOURCE below) instead of its own datasource.
if [ ! -f "$DOMAINS/$DOMAIN/lib/postgresql.jar" ]; then
    # The driver the EAR carries, on the domain's common class path: instances take the domain's
    # lib/ when they start (synchronisation); the DAS itself reads it at its next start.
    unzip -p "$EAR" lib/postgresql.jar >"$CLUSTER_HOME/run/postgresql.jar"
    asadm add-library --type common "$CLUSTER_HOME/run/postgresql.jar"
fi
if ! asadm list-jdbc-connection-pools | grep -qx "$DB_POOL"; then
    log "creating the JDBC pool $DB_POOL and the resource $DB_RESOURCE on $DG_NAME"
    asadm create-jdbc-connection-pool --restype javax.sql.DataSource \
        --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
        --steadypoolsize 2 --maxpoolsize 32 --poolresize 2 --idletimeout 300 --maxwait 10000 \
        --isconnectvalidatereq=true --validationmethod custom-validation \
        --validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation \
        --failconnection=true \
        --property "serverName=$DB_HOST:portNumber=$DB_PROXY_PORT:databaseName=$DB_NAME:user=$DB_USER:password=\${ALIAS=itpp.db.password}" \
        "$DB_POOL"
    asadm create-jdbc-resource --connectionpoolid "$DB_POOL" --target "$DG_NAME" "$DB_RESOURCE"
fi

# --- the instances' other settings -----------------------------------------------------------------
# The EAR reads its settings through MicroProfile Config: each instance reads what is not secret
# from its environment, kept in a file only its owner reads (see README "Production cluster").
for inst in "${INSTANCES[@]}"; do
    envfile="$CLUSTER_HOME/env/$inst.env"
    if [ ! -f "$envfile" ]; then
        umask 077
        {
            echo "ITPP_DB_RESOURCE=$DB_RESOURCE"
            echo "ITPP_ADMIN_USERNAME=$CLUSTER_ADMIN_USER"
            echo "ITPP_BASE_URL=https://127.0.0.1:$LB_HTTPS_PORT"
            echo "ITPP_CONSULTATION_CHECK_SECONDS=60"
        } >"$envfile"
        umask 022
    fi
    # (a cluster set up before the pool: its instances switch to it at their next start)
    grep -q '^ITPP_DB_RESOURCE=' "$envfile" || echo "ITPP_DB_RESOURCE=$DB_RESOURCE" >>"$envfile"
    chmod 600 "$envfile"
done

# --- HAProxy: the balancer, and the loopback path to the database --------------------------------
# The instances reach PostgreSQL through HAProxy's TCP frontend on DB_PROXY_PORT, so that a
# check can cut the cluster's database off without touching the server other programs share.
"$here/balancer.sh" start

# --- deploy, and the instances one after the other (the first creates the first administrator) -----
deploy() {
    log "deploying $EAR to $DG_NAME (availability enabled)"
    asadm deploy --force=true --target "$DG_NAME" --availabilityenabled=true \
        --contextroot / --name itpp "$EAR"
    echo "$ear_sum" >"$CLUSTER_HOME/run/deployed.sha256"
}
ear_sum="$(sha256sum "$EAR" | cut -d' ' -f1)"
deployed="$(cat "$CLUSTER_HOME/run/deployed.sha256" 2>/dev/null || true)"
if [ -z "$deployed" ]; then
    deploy
    "$here/instance.sh" start-all
elif [ "$deployed" != "$ear_sum" ]; then
    # A new EAR on an existing cluster: the upgrade path of the README, with the instances
    # running (a forced redeploy to a group whose instances are stopped fails half-way: the
    # old application stays registered and the new name is refused).
    "$here/instance.sh" start-all
    deploy
else
    "$here/instance.sh" start-all
fi

log "waiting until the application is ready through the balancer"
CURL_CA_BUNDLE="$CLUSTER_HOME/tls/cert.pem" "$REPO/ops/await-ready.sh" "https://127.0.0.1:$LB_HTTPS_PORT" 300
log "up: https://127.0.0.1:$LB_HTTPS_PORT (admin console https://127.0.0.1:$DAS_ADMIN_PORT, password in $ADMIN_PASS_FILE)"
