#!/usr/bin/python3
"""Runs a command on a private Xvfb display: a race-free stand-in for `xvfb-run -a`.

`xvfb-run -a` picks a display number by looking for lock files and then starts Xvfb; two
runs starting together can pick the same number, and the loser's soffice cannot open its
display. Here Xvfb chooses a free display itself (-displayfd) and reports it back.

Usage: xvfb_exec.py [-a] [-s "SERVER ARGS"] COMMAND [ARG...]
(-a is accepted for compatibility with xvfb-run and always in effect.)
"""

import os
import shlex
import signal
import subprocess
import sys

START_TIMEOUT_SECONDS = 30


def parse(argv):
    server_args = ["-screen", "0", "1600x1000x24"]
    rest = list(argv)
    while rest and rest[0].startswith("-"):
        option = rest.pop(0)
        if option == "-a":
            continue
        if option == "-s" and rest:
            server_args = shlex.split(rest.pop(0))
            continue
        if option == "--":
            break
        sys.exit("xvfb_exec.py: unknown option %s (use -a, -s ARGS)" % option)
    if not rest:
        sys.exit("xvfb_exec.py: no command given")
    return server_args, rest


def start_xvfb(server_args):
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp", "-noreset", *server_args],
                              pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    os.close(write_end)
    def give_up(_number, _frame):
        raise TimeoutError("Xvfb did not report a display in %s s" % START_TIMEOUT_SECONDS)

    signal.signal(signal.SIGALRM, give_up)
    with os.fdopen(read_end) as reader:
        signal.alarm(START_TIMEOUT_SECONDS)
        try:
            display = reader.readline().strip()
        finally:
            signal.alarm(0)
    if not display:
        server.kill()
        sys.exit("xvfb_exec.py: Xvfb did not report a display (is the xvfb package installed?)")
    return server, ":" + display


def main():
    server_args, command = parse(sys.argv[1:])
    server, display = start_xvfb(server_args)
    try:
        child = subprocess.Popen(command, env={**os.environ, "DISPLAY": display})
        for forwarded in (signal.SIGINT, signal.SIGTERM):
            signal.signal(forwarded, lambda number, _frame: child.send_signal(number))
        return child.wait()
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    sys.exit(main())
