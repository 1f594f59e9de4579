#!/usr/bin/env python3
"""Sorts the packets of a capture (tcpdump -n -r output on stdin) into what this machine sent or
tried to send off the machine, which .ci/egress-check counts and fails on, and what it keeps apart:

- link-layer chatter that never leaves the link: ARP, and IPv6 neighbour/router solicitations
  (a packet to an outside address that caused them would be captured and counted itself);
- TCP connections opened from outside to a port of this machine (the machine's own management
  agent connects in from the gateway now and then): answering them is not egress. A connection is
  opened from outside when its SYN came in or, when the capture began after its SYN, when its
  local port is below the ephemeral range and its remote port inside it.

Usage: egress-classify.py LOCAL_ADDRESS[,...] EPHEMERAL_LOW < tcpdump-text
Prints 'counted N', 'apart M', then a summary of each."""
import collections
import re
import sys

local = set(sys.argv[1].split(","))
low = int(sys.argv[2])
ip_line = re.compile(r"^\S+ IP6? (\S+) > (\S+?):? (.*)$")


def endpoint(text):
    host, _, port = text.rpartition(".")
    return (host, int(port)) if host and port.isdigit() else (text, None)


def tcp_flow(line):
    """(local endpoint, remote endpoint, flags, "in" or "out") of a TCP packet, or None."""
    m = ip_line.match(line)
    if not m or not m.group(3).startswith("Flags ["):
        return None
    a, b = endpoint(m.group(1)), endpoint(m.group(2))
    if a[0] in local:
        return a, b, m.group(3), "out"
    return b, a, m.group(3), "in"


lines = [l.rstrip("\n") for l in sys.stdin if l.strip()]
opened_in, opened_any = set(), set()
for l in lines:
    f = tcp_flow(l)
    if f and f[2].startswith("Flags [S]"):
        opened_any.add((f[0], f[1]))
        if f[3] == "in":
            opened_in.add((f[0], f[1]))

counted, apart = [], collections.Counter()
for l in lines:
    if " ARP, " in l or re.search(r"ICMP6, (neighbor|router) solicitation", l):
        apart["link only: " + " ".join(l.split()[1:4])] += 1
        continue
    f = tcp_flow(l)
    if f:
        key = (f[0], f[1])
        mid_flow_server = (key not in opened_any and f[0][1] is not None and f[1][1] is not None
                           and f[0][1] < low <= f[1][1])
        if key in opened_in or mid_flow_server:
            apart[f"connection opened from {f[1][0]} to port {f[0][1]}"] += 1
            continue
    counted.append(l)

print(f"counted {len(counted)}")
print(f"apart {sum(apart.values())}")
for what, n in collections.Counter(" ".join(l.split()[1:5]) for l in counted).most_common(20):
    print(f"  counted: {n} x {what}")
for what, n in sorted(apart.items()):
    print(f"  apart: {n} x {what}")
