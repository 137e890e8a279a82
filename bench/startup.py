"""Starts GlobalDesk from target/globaldesk.jar and measures time to readiness and resident memory (the JVM plus its
embedded PostgreSQL processes), cold then warm, for N runs; prints each run and the medians."""
import os, signal, statistics, subprocess, sys, tempfile, time
from app import free_port, jvm_options, wait_ready

def rss_mb(pid):
    total = 0
    pids = [str(pid)] + subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    for p in list(pids):  # postgres forks its own children
        pids += subprocess.run(["pgrep", "-P", p], capture_output=True, text=True).stdout.split()
    for p in set(pids):
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return total / 1024

def measure(data_dir):
    port = free_port()
    log = open(data_dir + ".log", "w")
    start = time.monotonic()
    proc = subprocess.Popen(["java", *jvm_options(), "-jar", "target/globaldesk.jar",
                             f"--server.port={port}", f"--globaldesk.data-dir={data_dir}"], stdout=log, stderr=log)
    try:
        wait_ready(f"http://127.0.0.1:{port}", proc, data_dir + ".log")
        seconds = time.monotonic() - start
        time.sleep(2)
        return seconds, rss_mb(proc.pid)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)

runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
os.makedirs("target/tmp", exist_ok=True)
results = {"cold": [], "warm": []}
print(f"{'kind':6} {'run':>3} {'seconds':>8} {'rss_mb':>8}")
for i in range(1, runs + 1):
    with tempfile.TemporaryDirectory(dir="target/tmp", prefix="startup-") as d:
        for kind in ("cold", "warm"):
            s, m = measure(os.path.join(d, "data"))
            results[kind].append((s, m))
            print(f"{kind:6} {i:>3} {s:8.1f} {m:8.0f}", flush=True)
for kind, rows in results.items():
    print(f"median {kind}: {statistics.median(r[0] for r in rows):.1f} s, {statistics.median(r[1] for r in rows):.0f} MB")
print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
