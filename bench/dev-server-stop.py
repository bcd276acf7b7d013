#!/usr/bin/env python3
"""The development server (java -jar, embedded PostgreSQL) stops within 10 s of Ctrl-C.

Starts the jar on port 18190 with a data directory of its own, waits until it is ready, sends
SIGINT as a terminal's Ctrl-C does (a shell's background job would ignore it), and reports how
long the JVM took to exit and whether the embedded PostgreSQL is gone. Exits 1 above 10 s.
    ./mvnw -DskipTests package && python3 bench/dev-server-stop.py [seconds to wait before Ctrl-C]
"""
import os, shutil, signal, subprocess, sys, time, urllib.request, tempfile
d = tempfile.mkdtemp(prefix="portal-dev-")  # its own data directory, deleted afterwards
env = dict(os.environ, PORT="18190", PORTAL_DATA_DIR=d + "/pg")
log = open(d + "/log", "w")
p = subprocess.Popen(["/usr/lib/jvm/temurin-25-jdk-amd64/bin/java", "-jar", "target/utility-portal.jar"], env=env,
                     stdout=log, stderr=subprocess.STDOUT, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
start = time.time()
while time.time() - start < 400:
    try:
        if b"UP" in urllib.request.urlopen("http://127.0.0.1:18190/actuator/health/readiness", timeout=2).read():
            break
    except Exception:
        time.sleep(1)
print("ready after %.0f s" % (time.time() - start))
# a request in flight when Ctrl-C comes
time.sleep(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
t = time.time()
p.send_signal(signal.SIGINT)
p.wait()
took = time.time() - t
print("java exited %.1f s after SIGINT (exit %d)" % (took, p.returncode))
time.sleep(1)
left = subprocess.run(["pgrep", "-f", d + "/pg"], capture_output=True, text=True).stdout.strip()
print("postgres left running:", left or "none")
shutil.rmtree(d, ignore_errors=True)
sys.exit(0 if took <= 10 and not left else 1)
