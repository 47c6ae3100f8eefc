#!/usr/bin/env python3
"""Runs a command in a real pseudo-terminal and prints the milliseconds until its output contains
a marker (the first question of a quiz, say); then ends it with Ctrl-C. Usage:
    first_output.py MARKER COMMAND [ARG...]"""
import os
import pty
import select
import signal
import sys
import time

marker = sys.argv[1].encode()
start = time.monotonic()
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
seen = b""
found = None
deadline = start + 20
while time.monotonic() < deadline:
    ready, _, _ = select.select([fd], [], [], 0.05)
    if ready:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if marker in seen:
            found = (time.monotonic() - start) * 1000
            break
try:
    os.write(fd, b"\x03")
    time.sleep(0.2)
    os.kill(pid, signal.SIGTERM)
except OSError:
    pass
try:
    os.waitpid(pid, 0)
except OSError:
    pass
if found is None:
    sys.stderr.write("marker not seen; output was:\n" + seen.decode(errors="replace")[-2000:] + "\n")
    sys.exit(1)
print(f"{found:.1f}")
