#!/usr/bin/env python3
"""The peer of `valt-planner flows SITE` (CSV) that a user might write instead: reads the site file and
the program's rule catalog (plain JSON data) and prints the same CSV, byte for byte, for valid sites.
Written for bench/flows-vs-python.sh (issue 15), independently of the Java code: no validation, and ids
sort by code point (Java by UTF-16 unit; they differ only for characters above U+FFFF)."""
import json, os, sys

CATALOG = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "catalog",
                       "valt-network-requirements.json")
SERVER_TYPES = ("application-server", "media-server")

def main(path):
    site, catalog = json.load(open(path, encoding="utf-8")), json.load(open(CATALOG, encoding="utf-8"))
    settings, by_id, by_type = site.get("settings") or {}, {}, {}
    for d in site.get("devices") or []:
        if d["id"] not in by_id:  # a duplicate id is an error; the first one wins
            by_id[d["id"]] = d
            by_type.setdefault(d["type"], []).append(d)
    for ds in by_type.values():
        ds.sort(key=lambda d: d["id"])
    by_type["server"] = sorted((d for t in SERVER_TYPES for d in by_type.get(t, [])), key=lambda d: d["id"])
    apps = by_type.get("application-server", [])
    holds = {"ssl-on": settings.get("ssl", True) is not False, "ssl-off": settings.get("ssl", True) is False,
             "online-updates": settings.get("onlineUpdates", True) is not False,
             "media-servers-present": bool(by_type.get("media-server")), "admin-only": True, "digital-wowza-key": True}
    def server_of(d):  # the server that serves a camera or BEAM device
        s = by_id.get(d["mediaServer"]) if d.get("mediaServer") is not None else (apps[0] if len(apps) == 1 else None)
        return s if s is not None and s["type"] in SERVER_TYPES else None
    def is_role(d, role):
        return d["type"] == role or (role == "server" and d["type"] in SERVER_TYPES)
    seen, out = set(), ["rule,section,source,source_type,destination,destination_type,transport,port,protocol,service,"
                         "source_name,source_address,destination_name,destination_address\n"]
    for section in catalog["sections"]:
        flows = []
        for r in section["rules"]:
            when = r.get("when", [])
            if not all(holds[c] for c in when):
                continue
            srcs = by_type.get(r["source"], [])
            if "admin-only" in when:
                srcs = [d for d in srcs if d.get("admin")]
            if "digital-wowza-key" in when:
                srcs = [d for d in srcs if (d.get("wowzaKey") or settings.get("wowzaKey") or "digital") == "digital"]
            if r.get("pairing") == "served":
                if r["source"] in ("camera", "beam"):
                    pairs = [(d, server_of(d)) for d in srcs]
                    pairs = [(d, s) for d, s in pairs if s is not None and is_role(s, r["destination"])]
                else:
                    ids = {d["id"] for d in srcs}
                    pairs = [(server_of(d), d) for d in by_type.get(r["destination"], [])]
                    pairs = [(s, d) for s, d in pairs if s is not None and s["id"] in ids]
                pairs = [(end(s), end(d)) for s, d in pairs]
            else:
                dsts = ([(h, "internet", h, "") for h in r["hosts"]] if r["destination"] == "internet" else
                        [(a, "dns", a, a) for a in dict.fromkeys(settings.get("dnsServers") or [])] if r["destination"] == "dns"
                        else [end(d) for d in by_type.get(r["destination"], [])])
                pairs = [(end(s), t) for s in srcs for t in dsts if t[:2] != (s["id"], s["type"])]
            for (src, dst) in pairs:
                for transport in r.get("transports", ["TCP"]):
                    key = (src[:2], dst[:2], transport, r["port"])
                    if key not in seen:
                        seen.add(key)
                        flows.append((src[0], dst[0], transport, r["port"], r, src, dst))
        flows.sort(key=lambda f: f[:4])
        for s, d, transport, port, r, se, de in flows:
            cells = (r["id"], section["id"], safe(s), se[1], safe(d), de[1], transport, str(port), r["protocol"], r["service"],
                     safe(se[2]), safe(se[3]), safe(de[2]), safe(de[3]))
            out.append(",".join(map(quote, cells)) + "\n")
    sys.stdout.buffer.write("".join(out).encode("utf-8"))

def end(d):  # id, type, the name to show, the address (empty when none)
    name = d.get("name")
    return (d["id"], d["type"], name if name and name.strip() else d["id"], d.get("address") or "")

def safe(cell):  # a spreadsheet must not run a cell as a formula
    return "'" + cell if cell[:1] and cell[0] in "=+-@\t\r" else cell

def quote(cell):
    return '"' + cell.replace('"', '""') + '"' if any(c in ',"' or c < " " for c in cell) else cell

if __name__ == "__main__":
    main(sys.argv[1])
