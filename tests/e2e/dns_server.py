"""A DNS server for tests, on a free loopback port (UDP and TCP), answering from records the
test sets: MX (a null MX is `MX 0 .`), A, AAAA, TXT, CNAME, SRV (`(priority, weight, port,
target)`), PTR; names listed in `failing` get SERVFAIL, names listed in `silent` get no answer in time (a
name server that hangs), names not
known get NXDOMAIN. Postbay is pointed at it with POSTBAY_DNS_SERVERS."""

import socket
import threading
import time

from dnslib import AAAA, CNAME, MX, PTR, QTYPE, RCODE, RR, SRV, TXT, A
from dnslib.server import BaseResolver, DNSLogger, DNSServer


class _Resolver(BaseResolver):
    def __init__(self, owner):
        self.owner = owner

    def resolve(self, request, handler):
        # Over UDP an answer longer than the client can take (512 octets, or the size its EDNS
        # OPT record gives) is cut with the TC bit set, so the client asks again over TCP, as
        # with any name server.
        reply = self.answer(request)
        sizes = [rr.rclass for rr in request.ar if rr.rtype == QTYPE.OPT]
        if handler.protocol == "udp" and len(reply.pack()) > max([512, *sizes]):
            cut = request.reply()
            cut.header.tc = 1
            return cut
        return reply

    def answer(self, request):
        reply = request.reply()
        name = str(request.q.qname).rstrip(".").lower()
        qtype = QTYPE[request.q.qtype]
        if name in self.owner.silent:
            time.sleep(30)  # past any resolver's patience; this thread alone waits
            return reply
        with self.owner.lock:
            if name in self.owner.failing:
                reply.header.rcode = RCODE.SERVFAIL
                return reply
            records = self.owner.records.get(name)
            if records is None:
                reply.header.rcode = RCODE.NXDOMAIN
                return reply
            for rtype, value in records:
                if rtype != qtype:
                    continue
                if rtype == "MX":
                    preference, exchange = value
                    reply.add_answer(RR(name, QTYPE.MX, rdata=MX(exchange, preference), ttl=self.owner.ttl))
                elif rtype == "A":
                    reply.add_answer(RR(name, QTYPE.A, rdata=A(value), ttl=self.owner.ttl))
                elif rtype == "AAAA":
                    reply.add_answer(RR(name, QTYPE.AAAA, rdata=AAAA(value), ttl=self.owner.ttl))
                elif rtype == "CNAME":
                    reply.add_answer(RR(name, QTYPE.CNAME, rdata=CNAME(value), ttl=self.owner.ttl))
                elif rtype == "PTR":
                    reply.add_answer(RR(name, QTYPE.PTR, rdata=PTR(value), ttl=self.owner.ttl))
                elif rtype == "SRV":
                    priority, weight, port, target = value
                    reply.add_answer(RR(name, QTYPE.SRV, rdata=SRV(priority, weight, port, target), ttl=self.owner.ttl))
                elif rtype == "TXT":
                    # A TXT string holds at most 255 octets: longer values (DKIM keys) are split.
                    chunks = [value[i:i + 255] for i in range(0, len(value), 255)] or [""]
                    reply.add_answer(RR(name, QTYPE.TXT, rdata=TXT(chunks), ttl=self.owner.ttl))
        return reply


def _free_udp_and_tcp_port() -> int:
    while True:
        with socket.socket() as t:
            t.bind(("127.0.0.1", 0))
            port = t.getsockname()[1]
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
                try:
                    u.bind(("127.0.0.1", port))
                except OSError:
                    continue
            return port


class TestDns:
    __test__ = False  # not a test class

    def __init__(self, ttl: int = 1):
        # Answers live 1 s by default, so a test's change is seen at once; a benchmark asks
        # for a realistic TTL.
        self.ttl = ttl
        self.lock = threading.Lock()
        self.records: dict[str, list] = {}
        self.failing: set[str] = set()
        self.silent: set[str] = set()
        self.port = _free_udp_and_tcp_port()
        resolver = _Resolver(self)
        quiet = DNSLogger(log="-recv,-send,-request,-reply,-truncated,-error,-data", prefix=False)
        self.servers = [DNSServer(resolver, port=self.port, address="127.0.0.1", tcp=tcp, logger=quiet) for tcp in (False, True)]
        for s in self.servers:
            s.start_thread()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def add(self, name: str, rtype: str, value):
        with self.lock:
            self.records.setdefault(name.lower(), []).append((rtype, value))

    def remove(self, name: str, rtype: str):
        """Takes the records of `rtype` at `name` away."""
        with self.lock:
            kept = [r for r in self.records.get(name.lower(), []) if r[0] != rtype]
            self.records[name.lower()] = kept

    def publish(self, record: dict):
        """Adds a record as `getDomainDnsRecords` lists it (`type`, `name`, `value`)."""
        rtype, name, value = record["type"], record["name"], record["value"]
        if rtype == "MX":
            preference, exchange = value.split()
            self.add(name, "MX", (int(preference), exchange))
        elif rtype == "SRV":
            priority, weight, port, target = value.split()
            self.add(name, "SRV", (int(priority), int(weight), int(port), target))
        else:
            self.add(name, rtype, value)

    def stop(self):
        for s in self.servers:
            s.stop()
