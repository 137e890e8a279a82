"""Shared by the Python benchmarks that start GlobalDesk from target/globaldesk.jar."""
import socket, sys, time, urllib.request

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
