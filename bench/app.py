"""Shared by the Python benchmarks that start GlobalDesk from target/globaldesk.jar."""
import os, shlex, socket, sys, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def jvm_options():
    """The JVM options ./globaldesk run uses: jvm.options, then GLOBALDESK_JVM_OPTS."""
    with open(os.path.join(ROOT, "jvm.options")) as f:
        options = [line.strip() for line in f if line.strip() and not line.strip().startswith("#")]
    return options + shlex.split(os.environ.get("GLOBALDESK_JVM_OPTS", ""))

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

def wait_ready(url, proc, log_path):
    """Waits until GlobalDesk at url answers readiness UP; exits when its process (if any) died first."""
    while True:
        if proc is not None and proc.poll() is not None:
            sys.exit(f"GlobalDesk exited; see {log_path}")
        try:
            with urllib.request.urlopen(f"{url}/actuator/health/readiness", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
