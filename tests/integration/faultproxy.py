"""A fault-injecting HTTP proxy on loopback, between the bot and the local wiki's php -S.

Switchable faults for API requests (``/api.php``): HTTP 500 or 503 answers, MediaWiki maxlag
errors with a Retry-After header, dropped connections for a time window ("the server dies and
comes back"), and a hook called before the bot's ``action=edit`` POST is forwarded (a person
saves the page in between: an edit conflict). Each fault can wait for a request that matches
a substring of its parameters, so a test can hit "the first page read" or "the save".
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Self
from urllib.parse import parse_qs, unquote_plus, urlsplit

HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
              "trailers", "transfer-encoding", "upgrade", "content-length"}


@dataclass
class Fault:
    """One switchable behaviour: kind is 'status', 'maxlag' or 'drop'."""

    kind: str
    count: int = 1             # requests to answer with the fault (status, maxlag)
    status: int = 500
    seconds: float = 0.0       # length of the window (drop)
    match: str = ""            # start at the first API request whose parameters contain this
    retry_after: int = 1
    started: float | None = None
    hits: int = 0

    def applies(self, params: str, now: float) -> bool:
        """-> True when this request gets the fault (and counts it)."""
        if self.started is None:
            if self.match and self.match not in params:
                return False
            self.started = now
        if self.kind == "drop":
            if now - self.started <= self.seconds:
                self.hits += 1
                return True
            return False
        if self.hits < self.count:
            self.hits += 1
            return True
        return False


@dataclass
class Seen:
    """One request the proxy saw, and what it did with it."""

    method: str
    action: str
    params: str
    outcome: str
    at: float = field(default_factory=time.monotonic)


class FaultProxy:
    """Forwards every request to ``127.0.0.1:target_port``, except the faults switched on."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.faults: list[Fault] = []
        self.edit_hook: Callable[[], None] | None = None
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                proxy.handle(self)

            def do_POST(self) -> None:
                proxy.handle(self)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = int(self.server.server_address[1])
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    # --- switches -----------------------------------------------------------------------

    def fail(self, status: int, count: int, match: str = "") -> Fault:
        """Answer the next ``count`` API requests (from the first matching one) with ``status``."""
        return self._add(Fault("status", count=count, status=status, match=match))

    def maxlag(self, count: int, match: str = "", retry_after: int = 1) -> Fault:
        """Answer the next ``count`` API requests with MediaWiki's maxlag error."""
        return self._add(Fault("maxlag", count=count, match=match, retry_after=retry_after))

    def drop(self, seconds: float, match: str = "") -> Fault:
        """Drop every API connection for ``seconds`` from the first matching request on."""
        return self._add(Fault("drop", seconds=seconds, match=match))

    def before_edit(self, hook: Callable[[], None]) -> None:
        """Call ``hook`` once, before the next action=edit POST is forwarded."""
        self.edit_hook = hook

    def _add(self, fault: Fault) -> Fault:
        with self.lock:
            self.faults.append(fault)
        return fault

    def clear(self) -> None:
        """Switch every fault off and forget what was seen."""
        with self.lock:
            self.faults.clear()
            self.edit_hook = None
            self.seen.clear()

    def outcomes(self, outcome: str) -> list[Seen]:
        """-> the requests that got ``outcome`` (e.g. 'forwarded', 'status 500', 'dropped')."""
        return [s for s in self.seen if s.outcome == outcome]

    def edits(self) -> list[Seen]:
        """-> the action=edit requests that reached the wiki."""
        return [s for s in self.seen if s.action == "edit" and s.outcome == "forwarded"]

    # --- serving ------------------------------------------------------------------------

    def start(self) -> Self:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def pywikibot_dir(self, source: Path, target: Path) -> Path:
        """The wiki's pywikibot dir -> a copy at ``target`` that talks through this proxy."""
        target.mkdir(parents=True, exist_ok=True)
        config = (source / "user-config.py").read_text(encoding="utf-8")
        # Short waits: 1 s, 2 s, 2 s between the tries (the wiki's own config caps at 4 s).
        (target / "user-config.py").write_text(
            config.replace(f"127.0.0.1:{self.target_port}", f"127.0.0.1:{self.port}")
            + "retry_max = 2\n", encoding="utf-8")
        secret = target / "passwords.txt"
        secret.write_text((source / "passwords.txt").read_text(encoding="utf-8"),
                          encoding="utf-8")
        secret.chmod(0o600)
        return target

    def handle(self, request: BaseHTTPRequestHandler) -> None:
        """One request -> a fault, or the wiki's answer passed through."""
        length = int(request.headers.get("Content-Length") or 0)
        body = request.rfile.read(length) if length else b""
        api = urlsplit(request.path).path.endswith("/api.php")
        params, action = _params(request.path, body, request.headers.get("Content-Type", ""))
        fault = None
        hook = None
        if api:
            with self.lock:
                now = time.monotonic()
                fault = next((f for f in self.faults if f.applies(params, now)), None)
                if fault is None and action == "edit" and request.command == "POST":
                    hook, self.edit_hook = self.edit_hook, None
        if fault is not None:
            self._record(request.command, action, params, _fault_name(fault))
            self._answer_fault(request, fault)
            return
        if hook is not None:
            hook()
        self._record(request.command, action, params, "forwarded")
        self._forward(request, body)

    def _record(self, method: str, action: str, params: str, outcome: str) -> None:
        with self.lock:
            self.seen.append(Seen(method, action, params, outcome))

    def _answer_fault(self, request: BaseHTTPRequestHandler, fault: Fault) -> None:
        if fault.kind == "drop":
            # Like a server that died: the connection closes with no answer at all.
            request.close_connection = True
            try:
                request.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        if fault.kind == "maxlag":
            payload = json.dumps({"error": {
                "code": "maxlag", "info": "Waiting for 127.0.0.1: 2 seconds lagged.",
                "host": "127.0.0.1", "lag": 2, "type": "db",
                "*": "See /api.php for API usage."}, "servedby": "faultproxy"}).encode()
            headers = {"Content-Type": "application/json; charset=utf-8",
                       "Retry-After": str(fault.retry_after), "X-Database-Lag": "2",
                       "MediaWiki-API-Error": "maxlag"}
            self._send(request, 200, "OK", headers, payload)
            return
        reason = {500: "Internal Server Error", 502: "Bad Gateway",
                  503: "Service Unavailable"}.get(fault.status, "Error")
        page = (f"<html><body><h1>{fault.status} {reason}</h1>"
                "<p>injected by faultproxy</p></body></html>").encode()
        self._send(request, fault.status, reason,
                   {"Content-Type": "text/html; charset=utf-8", "Retry-After": "1"}, page)

    def _forward(self, request: BaseHTTPRequestHandler, body: bytes) -> None:
        upstream = http.client.HTTPConnection("127.0.0.1", self.target_port, timeout=300)
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
        try:
            upstream.request(request.command, request.path, body=body or None, headers=headers)
            reply = upstream.getresponse()
            data = reply.read()
        except OSError:
            request.close_connection = True
            return
        finally:
            upstream.close()
        request.send_response_only(reply.status, reply.reason)
        for key, value in reply.getheaders():
            if key.lower() not in HOP_BY_HOP:
                request.send_header(key, value)
        request.send_header("Content-Length", str(len(data)))
        request.end_headers()
        request.wfile.write(data)

    @staticmethod
    def _send(request: BaseHTTPRequestHandler, status: int, reason: str,
              headers: dict[str, str], data: bytes) -> None:
        request.send_response_only(status, reason)
        for key, value in headers.items():
            request.send_header(key, value)
        request.send_header("Content-Length", str(len(data)))
        request.end_headers()
        request.wfile.write(data)


def _params(path: str, body: bytes, content_type: str) -> tuple[str, str]:
    """Query string and form body -> (decoded 'k=v&k=v' to match faults against, action)."""
    query = urlsplit(path).query
    text = body.decode("utf-8", "replace")
    fields = {k: v[0] for k, v in parse_qs(query).items()}
    if "multipart/form-data" in content_type:
        parts = []
        for chunk in text.split("Content-Disposition: form-data; name=\"")[1:]:
            name, _, rest = chunk.partition("\"")
            value = rest.split("\r\n\r\n", 1)[-1].split("\r\n--", 1)[0]
            fields.setdefault(name, value)
            parts.append(f"{name}={value}")
        text = "&".join(parts)
    else:
        fields.update({k: v[0] for k, v in parse_qs(text).items() if k not in fields})
    return unquote_plus("&".join(p for p in (query, text) if p)), fields.get("action", "")


def _fault_name(fault: Fault) -> str:
    return {"drop": "dropped", "maxlag": "maxlag"}.get(fault.kind, f"status {fault.status}")

