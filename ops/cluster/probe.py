#!/usr/bin/env python3
"""What the cluster check does as a user would, over HTTP(S) on loopback, without a browser.

  probe.py login BASE USER PASSWORD JAR   sign in through the login form; prints "signed-in"
                                          or "refused: <message>"; keeps the cookies in JAR
  probe.py page BASE PATH JAR             GETs PATH with the cookies of JAR; prints
                                          "<status> <node> <signed-in|signed-out>"
  probe.py signins BASE USER PASSWORD N OUT
                                          N sign-ins, one after the other, each a new session;
                                          appends "<n> <status> <node> <ms>" per attempt to OUT

Redirects are not followed (a signed-in login answers 302/303). CA: $CLUSTER_CA (the script's
self-signed certificate). Only loopback addresses are accepted.
"""
import html
import http.cookiejar
import os
import re
import ssl
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

LOOPBACK = ("127.0.0.1", "localhost")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def opener(jar):
    ctx = ssl.create_default_context(cafile=os.environ.get("CLUSTER_CA"))
    return urllib.request.build_opener(
        NoRedirect(), urllib.request.HTTPCookieProcessor(jar), urllib.request.HTTPSHandler(context=ctx))


def check_loopback(base):
    if urllib.parse.urlparse(base).hostname not in LOOPBACK:
        sys.exit("only loopback addresses: " + base)


def fetch(op, url, data=None, timeout=30):
    try:
        r = op.open(urllib.request.Request(url, data=data), timeout=timeout)
        return r.status, r.headers, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8", "replace")


def node_of(jar):
    """The instance that holds the session: HAProxy's sticky cookie, else the jvmRoute suffix."""
    by_name = {c.name: c.value for c in jar}
    if "ITPPNODE" in by_name:
        return by_name["ITPPNODE"]
    sid = by_name.get("JSESSIONID", "")
    return sid.rsplit(".", 1)[1] if "." in sid else "-"


def hidden_fields(body, form_id):
    start = body.find('id="%s"' % form_id)
    end = body.find("</form>", start)
    form = body[start:end] if start >= 0 else body
    fields = {}
    for tag in re.findall(r"<input[^>]*type=\"hidden\"[^>]*>", form):
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if name:
            fields[html.unescape(name.group(1))] = html.unescape(value.group(1)) if value else ""
    nonce = re.search(r'<script[^>]*\snonce="([^"]+)"', body)
    if nonce and "primefaces.nonce" not in fields:
        fields["primefaces.nonce"] = nonce.group(1)
    return fields


def pin_node(jar, base):
    """With $PROBE_NODE set, HAProxy's sticky cookie sends every request to that instance."""
    node = os.environ.get("PROBE_NODE")
    if node:
        host = urllib.parse.urlparse(base).hostname
        jar.set_cookie(http.cookiejar.Cookie(0, "ITPPNODE", node, None, False, host, False, False, "/", True,
                                             True, None, False, None, None, {}))


def login(base, user, password, jar):
    pin_node(jar, base)
    op = opener(jar)
    status, _, body = fetch(op, base + "/login.xhtml")
    if status != 200:
        return "error: login page answered %d" % status
    form = hidden_fields(body, "login")
    form.update({"login": "login", "login:username": user, "login:password": password, "login:submit": ""})
    status, _, body = fetch(op, base + "/login.xhtml", urllib.parse.urlencode(form).encode())
    if status in (302, 303):
        return "signed-in"
    messages = re.findall(r'class="ui-messages-error-summary">([^<]*)<', body) or \
        re.findall(r'ui-message[^"]*"[^>]*>([^<]+)<', body)
    return "refused: " + " | ".join(html.unescape(m).strip() for m in messages)


def page(base, path, jar):
    status, headers, _ = fetch(opener(jar), base + path)
    location = headers.get("Location", "") if headers else ""
    signed_in = status == 200 or (status in (302, 303) and "login" not in location)
    return "%d %s %s" % (status, node_of(jar), "signed-in" if signed_in else "signed-out")


def main(argv):
    cmd = argv[1]
    base = argv[2].rstrip("/")
    check_loopback(base)
    if cmd == "login":
        jar = http.cookiejar.LWPCookieJar(argv[5])
        print(login(base, argv[3], argv[4], jar))
        jar.save(ignore_discard=True, ignore_expires=True)
        os.chmod(argv[5], 0o600)
    elif cmd == "page":
        jar = http.cookiejar.LWPCookieJar(argv[4])
        jar.load(ignore_discard=True, ignore_expires=True)
        print(page(base, argv[3], jar))
        jar.save(ignore_discard=True, ignore_expires=True)
    elif cmd == "signins":
        user, password, n, out = argv[3], argv[4], int(argv[5]), argv[6]
        with open(out, "a", encoding="utf-8") as f:
            for i in range(1, n + 1):
                jar = http.cookiejar.CookieJar()
                t0 = time.monotonic()
                try:
                    result = login(base, user, password, jar)
                except Exception as e:  # noqa: BLE001 a node dying mid-request: not acknowledged
                    result = "error: " + type(e).__name__
                ms = int((time.monotonic() - t0) * 1000)
                f.write("%d %s %s %d\n" % (i, "ok" if result == "signed-in" else "fail", node_of(jar), ms))
                f.flush()
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
