"""Mail client autoconfiguration (issue 24): Thunderbird's autoconfig file element by element
as Mozilla documents it, Outlook's POX Autodiscover answering an Outlook request with IMAP,
POP3 and SMTP settings, an Apple .mobileconfig that Python's plistlib reads, the DNS records
clients look for, and the interactive API reference rendered by Debian's Chromium with no
request leaving the server."""

import plistlib
import shutil
import xml.etree.ElementTree as ET

import requests

from helpers import require_tool
from test_imap import PASSWORD
from test_smtp import setup_domain

AUTODISCOVER_REQUEST = """<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">
  <Request>
    <EMailAddress>{address}</EMailAddress>
    <AcceptableResponseSchema>{schema}</AcceptableResponseSchema>
  </Request>
</Autodiscover>"""
OUTLOOK = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"
RESPONSE = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"


def server_hostname(admin, domain_id):
    """The host clients are sent to: the MX the domain's recommended records name."""
    records = admin.ok("GET", f"/domains/{domain_id}/dns-records")["records"]
    mx = next(r for r in records if r["type"] == "MX")
    return mx["value"].split()[1].rstrip(".")


def expected_servers(server):
    """(element, type, port, socketType) in the order the file lists them."""
    return [("incomingServer", "imap", server.imaps_port, "SSL"), ("incomingServer", "imap", server.imap_port, "STARTTLS"),
            ("incomingServer", "pop3", server.pop3s_port, "SSL"), ("incomingServer", "pop3", server.pop3_port, "STARTTLS"),
            ("outgoingServer", "smtp", server.submissions_port, "SSL"), ("outgoingServer", "smtp", server.submission_port, "STARTTLS")]


def test_thunderbird_autoconfig_file(server):
    w = setup_domain(server)
    admin, name, domain_id = w["admin"], w["name"], w["domain"]["id"]
    host = server_hostname(admin, domain_id)
    # Asked of autoconfig.<domain> (the Host header), as Thunderbird does.
    r = requests.get(f"{server.base}/mail/config-v1.1.xml", headers={"Host": f"autoconfig.{name}"}, timeout=30)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/xml"), r.text
    root = ET.fromstring(r.content)
    assert root.tag == "clientConfig" and root.attrib == {"version": "1.1"}
    [provider] = list(root)
    assert provider.tag == "emailProvider" and provider.attrib == {"id": name}
    children = list(provider)
    assert [c.tag for c in children[:3]] == ["domain", "displayName", "displayShortName"]
    assert children[0].text == name and children[1].text == f"{name} mail" and children[2].text == name
    servers = children[3:]
    assert [(s.tag, s.attrib["type"], int(s.find("port").text), s.find("socketType").text) for s in servers] == expected_servers(server)
    for s in servers:
        assert [c.tag for c in s] == ["hostname", "port", "socketType", "username", "authentication"]
        assert s.find("hostname").text == host
        assert s.find("username").text == "%EMAILADDRESS%"
        assert s.find("authentication").text == "password-cleartext"
    # The well-known path with the address, as Thunderbird asks of the domain itself.
    r2 = requests.get(f"{server.base}/.well-known/autoconfig/mail/config-v1.1.xml", params={"emailaddress": f"alice@{name}"}, timeout=30)
    assert r2.status_code == 200 and r2.content == r.content
    # A domain alias: the login is the local part at the domain's own name.
    alias = "alias-" + name
    admin.ok("POST", f"/domains/{domain_id}/domain-aliases", {"name": alias})
    r3 = requests.get(f"{server.base}/mail/config-v1.1.xml", params={"emailaddress": f"alice@{alias}"}, timeout=30)
    assert ET.fromstring(r3.content).find("emailProvider/incomingServer/username").text == f"%EMAILLOCALPART%@{name}"
    # Nothing for a domain the server does not host, nor for a bare host.
    assert requests.get(f"{server.base}/mail/config-v1.1.xml", params={"emailaddress": "x@not-hosted.test"}, timeout=30).status_code == 404
    assert requests.get(f"{server.base}/mail/config-v1.1.xml", timeout=30).status_code == 404
    # A service switched off is not offered.
    pop3s = admin.ok("GET", "/services/pop3s")
    admin.ok("PATCH", "/services/pop3s", {"enabled": False})
    r4 = requests.get(f"{server.base}/mail/config-v1.1.xml", params={"emailaddress": f"alice@{name}"}, timeout=30)
    ports = [int(p.text) for p in ET.fromstring(r4.content).iter("port")]
    assert server.pop3s_port not in ports and server.pop3_port in ports
    admin.ok("PATCH", "/services/pop3s", {"enabled": pop3s["enabled"]})
    # The records operation names what clients look for.
    records = {(r["type"], r["name"]): r["value"] for r in admin.ok("GET", f"/domains/{domain_id}/dns-records")["records"]}
    assert records[("CNAME", f"autoconfig.{name}")] == f"{host}."
    assert records[("CNAME", f"autodiscover.{name}")] == f"{host}."
    assert records[("SRV", f"_autodiscover._tcp.{name}")] == f"0 1 443 {host}."
    assert records[("SRV", f"_imaps._tcp.{name}")] == f"0 1 {server.imaps_port} {host}."
    assert records[("SRV", f"_submission._tcp.{name}")] == f"0 1 {server.submission_port} {host}."


def autodiscover(server, address, schema=OUTLOOK, path="/autodiscover/autodiscover.xml"):
    r = requests.post(f"{server.base}{path}", data=AUTODISCOVER_REQUEST.format(address=address, schema=schema).encode(),
                      headers={"Content-Type": "text/xml", "User-Agent": "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0)"},
                      timeout=30)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/xml"), r.text
    return ET.fromstring(r.content)


def test_outlook_autodiscover(server):
    w = setup_domain(server)
    name, host = w["name"], server_hostname(w["admin"], w["domain"]["id"])
    root = autodiscover(server, f"alice@{name}")
    ns = {"r": RESPONSE, "o": OUTLOOK}
    assert root.tag == f"{{{RESPONSE}}}Autodiscover"
    account = root.find("o:Response/o:Account", ns)
    assert account.find("o:AccountType", ns).text == "email" and account.find("o:Action", ns).text == "settings"
    protocols = [{c.tag.split("}")[1]: c.text for c in p} for p in account.findall("o:Protocol", ns)]
    imap = [p for p in protocols if p["Type"] == "IMAP"]
    smtp = [p for p in protocols if p["Type"] == "SMTP"]
    assert [(int(p["Port"]), p["Encryption"]) for p in imap] == [(server.imaps_port, "SSL"), (server.imap_port, "TLS")]
    assert [(int(p["Port"]), p["Encryption"]) for p in smtp] == [(server.submissions_port, "SSL"), (server.submission_port, "TLS")]
    for p in imap + smtp:
        assert p["Server"] == host and p["LoginName"] == f"alice@{name}" and p["SSL"] == "on"
        assert p["AuthRequired"] == "on" and p["SPA"] == "off" and p["DomainRequired"] == "off"
    # Outlook's other spelling of the path.
    assert autodiscover(server, f"bob@{name}", path="/Autodiscover/Autodiscover.xml").find("o:Response/o:Account", ns) is not None
    # ActiveSync's schema, a domain not hosted, a broken request: the protocol's error 600.
    for root in (autodiscover(server, f"alice@{name}", "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006"),
                 autodiscover(server, "x@not-hosted.test")):
        assert root.find("r:Response/r:Error/r:ErrorCode", ns).text == "600"
    r = requests.post(f"{server.base}/autodiscover/autodiscover.xml", data=b"<Autodiscover><Request>", timeout=30)
    assert ET.fromstring(r.content).find("r:Response/r:Error/r:ErrorCode", ns).text == "600"


def test_apple_mobileconfig_is_a_valid_plist(server):
    w = setup_domain(server)
    name, alice = w["name"], w["alice"]["id"]
    host = server_hostname(w["admin"], w["domain"]["id"])
    me = server.login(f"alice@{name}", PASSWORD)
    r = me.get(f"/accounts/{alice}/mobileconfig")
    assert r.status_code == 200, r.text
    assert r.headers["Content-Type"] == "application/x-apple-aspen-config"
    assert r.headers["Content-Disposition"] == f'attachment; filename="alice@{name}.mobileconfig"'
    profile = plistlib.loads(r.content)
    assert profile["PayloadType"] == "Configuration" and profile["PayloadVersion"] == 1
    [mail] = profile["PayloadContent"]
    assert mail["PayloadType"] == "com.apple.mail.managed" and mail["EmailAccountType"] == "EmailTypeIMAP"
    assert mail["EmailAddress"] == f"alice@{name}" and mail["IncomingMailServerUsername"] == f"alice@{name}"
    assert (mail["IncomingMailServerHostName"], mail["IncomingMailServerPortNumber"], mail["IncomingMailServerUseSSL"]) == \
        (host, server.imaps_port, True)
    assert (mail["OutgoingMailServerHostName"], mail["OutgoingMailServerPortNumber"], mail["OutgoingMailServerUseSSL"]) == \
        (host, server.submissions_port, True)
    assert mail["OutgoingPasswordSameAsIncomingPassword"] is True
    assert "IncomingPassword" not in mail and PASSWORD.encode() not in r.content
    assert len({profile["PayloadUUID"], mail["PayloadUUID"]}) == 2
    # Served after authentication, to the account and its administrators only.
    assert server.anonymous().get(f"/accounts/{alice}/mobileconfig").status_code == 401
    bob = server.login(f"bob@{name}", PASSWORD)
    assert bob.get(f"/accounts/{alice}/mobileconfig").status_code == 404
    assert w["admin"].get(f"/accounts/{alice}/mobileconfig").status_code == 200
    # JSON-RPC hands out the same profile as text.
    rpc = server.rpc(f"alice@{name}", PASSWORD)
    result = rpc.ok("Users.getMobileConfig", {"userId": alice})
    assert result["fileName"] == f"alice@{name}.mobileconfig"
    assert plistlib.loads(result["content"].encode())["PayloadContent"][0]["EmailAddress"] == f"alice@{name}"


def test_api_reference_renders_with_no_outside_request(server):
    require_tool("chromium")
    require_tool("chromedriver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    page = requests.get(f"{server.base}/api/docs", timeout=30)
    assert page.status_code == 200 and "text/html" in page.headers["Content-Type"]
    assert "default-src 'none'" in page.headers["Content-Security-Policy"]
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update",
                 "--disable-default-apps", "--disable-sync"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver")), options=options)
    try:
        driver.get(f"{server.base}/api/docs")
        # The operation list: every tag of the document, folded; a tag opened shows its
        # operations.
        tags = WebDriverWait(driver, 60).until(
            lambda d: [t.get_attribute("data-tag") for t in d.find_elements(By.CSS_SELECTOR, ".opblock-tag")] or None)
        document = requests.get(f"{server.base}/api/v1/openapi.json", timeout=30).json()
        assert tags == [t["name"] for t in document["tags"]]
        driver.find_element(By.CSS_SELECTOR, ".opblock-tag[data-tag='credentials']").click()
        WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".opblock"))
        paths = {(o.find_element(By.CSS_SELECTOR, ".opblock-summary-method").text,
                  o.find_element(By.CSS_SELECTOR, ".opblock-summary-path").get_attribute("data-path"))
                 for o in driver.find_elements(By.CSS_SELECTOR, ".opblock")}
        expected = {(method.upper(), path) for path, item in document["paths"].items() for method, op in item.items()
                    if "credentials" in op.get("tags", [])}
        assert ("POST", "/accounts/{accountId}/app-passwords") in expected and paths == expected
        # Every request the page made: only to this server.
        import json as _json
        urls = set()
        for entry in driver.get_log("performance"):
            event = _json.loads(entry["message"])["message"]
            if event["method"] == "Network.requestWillBeSent":
                urls.add(event["params"]["request"]["url"])
        assert urls, "the browser's network log is empty"
        outside = {u for u in urls if not (u.startswith(server.base) or u.startswith("data:") or u.startswith("blob:"))}
        assert outside == set(), outside
        assert f"{server.base}/api/v1/openapi.json" in urls
    finally:
        driver.quit()
