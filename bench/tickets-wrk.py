"""Ticket create + route over HTTP with wrk as an out-of-process load driver (C, two threads: far less CPU than the
in-process Java driver). Starts GlobalDesk from target/globaldesk.jar on an embedded PostgreSQL with the demo data in a
fresh data directory (or uses a running instance given by --url and --token), warms up, then measures a closed loop of
N connections POSTing /api/v1/tickets. Afterwards it waits for the asynchronous work of the measured tickets (event
publications: requester and agent mails into the outbox, insights, ...) to drain and reports how long that took, so the
figure is a sustained rate, not one with the background work piled up behind it.

Caveat: wrk is a closed loop, so its percentiles suffer from coordinated omission (a stalled request delays the next
one instead of being counted against it); the throughput is exact, the tail latency is optimistic under stalls.

Usage: bench/tickets-wrk.py [--connections=16] [--threads=2] [--seconds=30] [--warmup=90] [--jar=target/globaldesk.jar]
       [--jfr=FILE] [--jvm="JVM OPTIONS"] [--args="--name=value ..."]
       [--url=… --token=…]
(--jar runs another build, e.g. a copy of the jar before a change, for a before/after pair in one session;
--jvm and --args add JVM options and GlobalDesk settings, for a setting's before/after pair;
--jfr records the measured window with Java Flight Recorder: jfr print --stack-depth 64 --events jdk.ExecutionSample FILE)
"""
import os, re, resource, shutil, signal, subprocess, sys, tempfile, time, json, urllib.request
from app import free_port, jvm_options, wait_ready

HERE = os.path.dirname(os.path.abspath(__file__))

def options():
    opts = {"connections": "16", "threads": "2", "seconds": "30", "warmup": "90"}
    for a in sys.argv[1:]:
        if not a.startswith("--") or "=" not in a:
            sys.exit(f"options are --name=value: {a}")
        k, v = a[2:].split("=", 1)
        opts[k] = v
    return opts

def ticket_texts():
    with open(os.path.join(HERE, "ticket-texts.tsv"), encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]

def lua_string(text):  # a JSON string is a valid Lua string literal for these texts: both escape \ and " alike
    return json.dumps(json.dumps(text, ensure_ascii=False)[1:-1], ensure_ascii=False)

def get_json(url, token):
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)

def wrk(url, script, threads, connections, seconds):
    """wrk's summary, and the CPU seconds wrk itself used (it runs on the same cores as the server)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s", "--latency",
                          "-s", script, url], capture_output=True, text=True, check=True).stdout
    m = re.search(r"^TICKETS (\d+) (\d+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)$", out, re.M)
    if not m:
        sys.exit("wrk printed no summary:\n" + out)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    n, failed, duration, p50, p95, p99, mx = m.groups()
    return int(n), int(failed), float(duration), float(p50), float(p95), float(p99), float(mx), cpu

def batch_sizes(url, token):
    """(batches, tickets) the ticket writer has stored so far, from the Prometheus endpoint; None if it is not there."""
    req = urllib.request.Request(f"{url}/actuator/prometheus", headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            text = r.read().decode()
    except OSError:
        return None
    count = re.search(r"^globaldesk_tickets_batch_size_count\S* ([\d.eE+]+)$", text, re.M)
    total = re.search(r"^globaldesk_tickets_batch_size_sum\S* ([\d.eE+]+)$", text, re.M)
    return (float(count.group(1)), float(total.group(1))) if count and total else None

def psql(port, sql):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", "postgres", "-At", "-c", sql],
                          capture_output=True, text=True, check=True).stdout.strip()

def pg_activity(port):
    """PostgreSQL's cumulative counters: checkpoints done and requested (by WAL volume), WAL bytes and full-page images,
    autovacuum and autoanalyze runs on GlobalDesk's tables."""
    row = psql(port, "select c.num_done, c.num_requested, w.wal_bytes, w.wal_fpi, "
                     "(select coalesce(sum(autovacuum_count + autoanalyze_count), 0) from pg_stat_user_tables) "
                     "from pg_stat_checkpointer c, pg_stat_wal w")
    return [float(x) for x in row.split("|")]

def cpu_seconds(pids):
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for p in pids:
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])) / tick
        except FileNotFoundError:
            pass
    return total

def thread_cpu(pid):
    """CPU seconds per thread group of a process (names with digits folded: tomcat-handler-N, C2 CompilerThreadN)."""
    groups, tick = {}, os.sysconf("SC_CLK_TCK")
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/stat") as f:
                head, rest = f.read().rsplit(")", 1)
            name = re.sub(r"\d+", "N", head.split("(", 1)[1])
            fields = rest.split()
            groups[name] = groups.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / tick
        except (FileNotFoundError, ProcessLookupError):
            pass
    return groups

def descendants(pid):
    pids = [str(pid)]
    frontier = [str(pid)]
    while frontier:
        children = subprocess.run(["pgrep", "-P", ",".join(frontier)], capture_output=True, text=True).stdout.split()
        pids += children
        frontier = children
    return pids

def main():
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: sudo apt-get install -y wrk")
    o = options()
    token, url, proc, pg_port, data = o.get("token", "bench-admin-token-0123456789"), o.get("url"), None, None, None
    log_path = None
    if url is None:
        os.makedirs("target/tmp", exist_ok=True)
        data = tempfile.mkdtemp(dir="target/tmp", prefix="tickets-wrk-")
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        log_path = os.path.join(data, "app.log")
        log = open(log_path, "w")
        proc = subprocess.Popen(["java", *jvm_options(), *o.get("jvm", "").split(),
                                 "-jar", o.get("jar", "target/globaldesk.jar"), f"--server.port={port}",
                                 f"--globaldesk.data-dir={data}/data", f"--globaldesk.security.admin-token={token}",
                                 "--globaldesk.demo=true", *o.get("args", "").split()],
                                stdout=log, stderr=log)
    try:
        wait_ready(url, proc, log_path)
        if log_path:
            m = re.search(r"Embedded PostgreSQL started on port (\d+)", open(log_path).read())
            pg_port = m.group(1) if m else None
        orgs = [o_["id"] for o_ in get_json(f"{url}/api/v1/organizations", token)]
        script = os.path.join(data or tempfile.mkdtemp(), "tickets.lua")
        with open(os.path.join(HERE, "tickets.lua")) as f:
            lua = (f.read().replace("__ORGS__", ", ".join(f'"{x}"' for x in orgs)).replace("__TOKEN__", token)
                   .replace("__TEXTS__", ", ".join("{%s, %s}" % (lua_string(s), lua_string(b)) for s, b in ticket_texts())))
        with open(script, "w") as f:
            f.write(lua)
        threads, conns = o["threads"], o["connections"]
        wrk(url, script, threads, conns, o["warmup"])
        pids = descendants(proc.pid) if proc else []
        if proc:  # PostgreSQL is started through pg_ctl and runs detached, under its postmaster
            with open(os.path.join(data, "data", "postgres", "postmaster.pid")) as f:
                pids += descendants(int(f.readline()))
        if proc and o.get("jfr"):  # a flight recording of the measured window only, for `jfr print` / `jfr summary`
            subprocess.run(["jcmd", str(proc.pid), "JFR.start", "settings=profile", f"duration={o['seconds']}s",
                            f"filename={os.path.abspath(o['jfr'])}"], capture_output=True, check=True)
        batches_before = batch_sizes(url, token)
        pg_before = pg_activity(pg_port) if pg_port else None
        jvm = [str(proc.pid)] if proc else []
        cpu_before, jvm_before, wall_before = cpu_seconds(pids), cpu_seconds(jvm), time.monotonic()
        threads_before = thread_cpu(proc.pid) if proc else {}
        n, failed, duration, p50, p95, p99, mx, cpu_wrk = wrk(url, script, threads, conns, o["seconds"])
        cpu_server, cpu_jvm = cpu_seconds(pids) - cpu_before, cpu_seconds(jvm) - jvm_before
        threads_after = thread_cpu(proc.pid) if proc else {}
        batches_after = batch_sizes(url, token)
        pg_after = pg_activity(pg_port) if pg_port else None
        wall = time.monotonic() - wall_before
        load = os.getloadavg()[0]
        print(f"ticket create + route over HTTP, wrk: {conns} connections, {threads} threads, {o['seconds']} s measured "
              f"after {o['warmup']} s warm-up, {os.cpu_count()} cores, load average {load:.2f}")
        print(f"  {n} tickets, {failed} failed, {n / duration:.0f} tickets/s")
        print(f"  latency ms: p50 {p50:.1f}  p95 {p95:.1f}  p99 {p99:.1f}  max {mx:.1f}  (closed loop: coordinated omission)")
        if failed and log_path:  # what the server said about the failed requests
            lines = open(log_path, errors="replace").read().splitlines()
            problems = [l + (" | " + lines[i + 1].strip() if i + 1 < len(lines) else "")
                        for i, l in enumerate(lines) if " ERROR " in l or " WARN " in l]
            print("  server warnings and errors (last 5):\n    " + "\n    ".join(p[:400] for p in problems[-5:]))
        if proc:
            print(f"  server CPU (JVM + PostgreSQL) {cpu_server / wall * 100:.0f}% of one core, {cpu_server * 1000 / max(n, 1):.2f} ms per ticket "
                  f"(JVM {cpu_jvm * 1000 / max(n, 1):.2f}, PostgreSQL {(cpu_server - cpu_jvm) * 1000 / max(n, 1):.2f})")
        print(f"  load driver (wrk) CPU {cpu_wrk / wall * 100:.0f}% of one core")
        if proc:
            used = sorted(((threads_after[k] - threads_before.get(k, 0.0), k) for k in threads_after), reverse=True)
            print("  JVM CPU by thread, ms per ticket: " + ", ".join(f"{k} {v * 1000 / max(n, 1):.2f}" for v, k in used[:6] if v > 0))
        if batches_before and batches_after and batches_after[0] > batches_before[0]:
            count, total = batches_after[0] - batches_before[0], batches_after[1] - batches_before[1]
            print(f"  ticket writer: {count:.0f} batches, {total / count:.1f} tickets per batch on average")
        if pg_before and pg_after:
            done, requested, wal, fpi, maintenance = (a - b for a, b in zip(pg_after, pg_before))
            print(f"  PostgreSQL in the window: {done:.0f} checkpoints done ({requested:.0f} requested by WAL volume), "
                  f"WAL {wal / max(n, 1) / 1024:.1f} KB per ticket ({fpi / max(n, 1):.2f} full-page images), "
                  f"{maintenance:.0f} autovacuum/autoanalyze runs")
        if pg_port:
            start = time.monotonic()
            while True:
                pending = int(psql(pg_port, "select count(*) from event_publication where completion_date is null"))
                if pending == 0 or time.monotonic() - start > 120:
                    break
                time.sleep(0.5)
            print(f"  background work drained {time.monotonic() - start:.1f} s after the run ({pending} event publications left); "
                  f"outbox {psql(pg_port, 'select count(*) from notification_outbox')} messages, tickets "
                  f"{psql(pg_port, 'select count(*) from ticket')}")
    finally:
        if proc:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=90)
    if data:  # the application's log is kept as target/tmp/tickets-wrk-last.log
        if log_path and os.path.exists(log_path):
            shutil.copy(log_path, "target/tmp/tickets-wrk-last.log")
        shutil.rmtree(data, ignore_errors=True)

main()
