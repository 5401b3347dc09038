#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Writes src/test/resources/fixtures/platforms/: two invented newsletters (Grid Notes, an English weekly about
climate tech; Gartenbrief, a German weekly about gardening) in every platform layout Nachlese reads by headings:
a Substack-style web page, a Ghost JSON export, a beehiiv posts CSV, a Buttondown export ZIP, a Mailchimp-style
table e-mail (HTML and text parts), a text-only e-mail and a Kit-style e-mail; plus broken/ (files that must be
reported, not read). All texts are invented. Run from the project folder: python3 tools/make-platform-fixtures.py
"""
import csv
import html
import io
import json
import os
import zipfile

ROOT = os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "fixtures", "platforms")

NEWSLETTERS = {
    "grid-notes": {
        "publication": "Grid Notes", "sender": "hello@gridnotes.example", "lang": "en",
        "intro": "Good morning! Here is what moved in climate tech this week.",
        "issues": [
            {"date": "2025-03-03", "slug": "heat-pumps-take-the-lead", "title": "Heat pumps take the lead",
             "items": [
                 ("Heat pumps outsell gas boilers in a cold region",
                  "An installers' association in a northern region counted more heat pumps than gas boilers for the first time.",
                  "Subsidies and a mild winter both helped, the association says.", "Nordic Energy Desk"),
                 ("Sodium batteries reach a grid pilot",
                  "A municipal utility connected a container of sodium-ion cells to its local grid.",
                  "The cells need no lithium and tolerate frost better.", "Storage Weekly"),
                 ("Port cranes switch to shore power",
                  "A container terminal replaced the diesel generators of its cranes with grid connections.",
                  "Noise near the harbour fell by a third.", "Harbour Review"),
             ]},
            {"date": "2025-03-10", "slug": "auction-season", "title": "Auction season",
             "items": [
                 ("Offshore wind auction draws fewer bids",
                  "Only two consortia bid for a large offshore wind site this round.",
                  "Developers point to higher steel prices.", "Wind Ledger"),
                 ("A cement plant captures its own carbon",
                  "A cement works started capturing part of the carbon dioxide from its kiln.",
                  "The gas is shipped to a storage site under the sea.", "Materials Brief"),
             ]},
        ],
        "draft": {"date": "2025-03-17", "slug": "unsent-draft", "title": "An unsent draft",
                  "items": [("Draft headline", "Draft text that was never sent.", "", "Nobody")]},
        "footer": "You are receiving this because you subscribed to Grid Notes. Unsubscribe",
    },
    "gartenbrief": {
        "publication": "Gartenbrief", "sender": "post@gartenbrief.example", "lang": "de",
        "intro": "Hallo ihr Lieben, die Beete tauen auf und es gibt viel zu tun.",
        "issues": [
            {"date": "2025-04-07", "slug": "die-saison-beginnt", "title": "Die Saison beginnt",
             "items": [
                 ("Tomaten erst nach den Eisheiligen auspflanzen",
                  "Junge Tomatenpflanzen vertragen keinen Frost und bleiben besser noch auf der Fensterbank.",
                  "Wer früher pflanzt, braucht ein Vlies für kalte Nächte.", "Gartenzeitung"),
                 ("Kompost richtig mischen",
                  "Ein guter Kompost braucht grünes und braunes Material im Wechsel.",
                  "Zu viel Rasenschnitt macht ihn matschig.", "Bodenkunde heute"),
                 ("Wildbienen brauchen offene Bodenstellen",
                  "Viele Wildbienen nisten im Boden und finden in dicht bepflanzten Gärten keinen Platz.",
                  "Eine kleine sandige Ecke hilft schon.", "Naturgarten-Magazin"),
             ]},
            {"date": "2025-04-14", "slug": "schnecken-und-rasen", "title": "Schnecken und Rasen",
             "items": [
                 ("Schnecken ohne Gift fernhalten",
                  "Schneckenzäune und abendliches Absammeln schützen junge Salate am besten.",
                  "Bierfallen locken dagegen Schnecken aus der Nachbarschaft an.", "Gartenzeitung"),
                 ("Rasen seltener mähen",
                  "Wer nur alle drei Wochen mäht, lässt Klee und Gänseblümchen blühen.",
                  "Das freut Hummeln und spart Arbeit.", "Naturgarten-Magazin"),
             ]},
        ],
        "draft": {"date": "2025-04-21", "slug": "entwurf", "title": "Ein Entwurf",
                  "items": [("Entwurf", "Dieser Text wurde nie verschickt.", "", "Niemand")]},
        "footer": "Du erhältst diese E-Mail, weil du den Gartenbrief abonniert hast. Abmelden",
    },
}


def link(outlet, slug, n):
    return f"https://{outlet.lower().replace(' ', '-').replace('ä', 'ae')}.example/{slug}/{n}"


def esc(s):
    return html.escape(s, quote=True)


def html_items(issue, style):
    """Item HTML in one of the platforms' habits: h2 headings, h3 under an h2 section label, or bold lead-ins."""
    out = []
    if style == "h3-sections":
        out.append("<h2>This week</h2>" if issue is not None else "")
    for n, (headline, first, second, outlet) in enumerate(issue["items"], 1):
        href = link(outlet, issue["slug"], n)
        if style == "bold-lead":
            out.append(f"<p><strong>{esc(headline)}.</strong> {esc(first)}</p>")
        elif style == "h3-sections":
            out.append(f"<h3>{esc(headline)}</h3><p>{esc(first)}</p>")
        else:
            out.append(f"<h2>{esc(headline)}</h2><p>{esc(first)}</p>")
        if second:
            out.append(f"<p>{esc(second)} <a href=\"{href}\">{esc(outlet)}</a></p>")
    return "\n".join(out)


def markdown_items(issue, style):
    out = []
    for n, (headline, first, second, outlet) in enumerate(issue["items"], 1):
        href = link(outlet, issue["slug"], n)
        if style == "bold":
            out.append(f"**{headline}**\n\n{first}")
        else:
            out.append(f"## {headline}\n\n{first}")
        if second:
            out.append(f"{second} [{outlet}]({href})")
    return "\n\n".join(out)


def text_part(nl, issue):
    """The plain-text part Mailchimp writes: ** headings, rules of dashes, links in parentheses."""
    out = [issue["title"], "", nl["intro"], "", "-" * 40]
    for n, (headline, first, second, outlet) in enumerate(issue["items"], 1):
        out += ["", f"**{headline}**", "", first, second, f"{outlet} ({link(outlet, issue['slug'], n)})", "", "-" * 40]
    out += ["", nl["footer"]]
    return "\n".join(out)


def substack_page(nl, issue):
    return f"""<!DOCTYPE html>
<html lang="{nl['lang']}"><head><meta charset="utf-8">
<title>{esc(issue['title'])} - {esc(nl['publication'])}</title>
<meta property="og:title" content="{esc(issue['title'])}">
<meta property="og:site_name" content="{esc(nl['publication'])}">
<meta property="article:published_time" content="{issue['date']}T07:00:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/archive">Archive</a></nav>
<div class="post-header"><h1 class="post-title">{esc(issue['title'])}</h1>
<h3 class="subtitle">Issue of {issue['date']}</h3></div>
<div class="available-content"><div class="body markup">
<p>{esc(nl['intro'])}</p>
{html_items(issue, 'h2')}
</div></div>
<div class="subscribe-widget"><p>Subscribe</p><form><input type="email"><button>Subscribe</button></form></div>
<footer><p>© 2025 {esc(nl['publication'])}</p></footer>
</body></html>
"""


def mailchimp_html(nl, issue):
    cells = []
    for n, (headline, first, second, outlet) in enumerate(issue["items"], 1):
        href = link(outlet, issue["slug"], n)
        cells.append(f"""<table class="mcnTextBlock" width="100%"><tbody><tr><td class="mcnTextBlockInner">
<table class="mcnTextContentContainer" align="left"><tbody><tr><td class="mcnTextContent" style="padding:9px 18px">
<h2 style="font-size:20px">{esc(headline)}</h2>
<p>{esc(first)}<br>{esc(second)}</p>
<p><a href="{href}" style="color:#0b6">{esc(outlet)}</a></p>
</td></tr></tbody></table></td></tr></tbody></table>""")
    return f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><style>h2{{color:#222}}</style></head><body>
<span class="mcnPreviewText" style="display:none; font-size:0px;">{esc(nl['intro'])}</span>
<center><table id="bodyTable" width="100%"><tbody><tr><td id="bodyCell">
<table class="templateContainer"><tbody>
<tr><td id="templatePreheader"><table><tbody><tr><td class="mcnTextContent"><a href="https://us1.campaign-archive.example/?u=1">View this email in your browser</a></td></tr></tbody></table></td></tr>
<tr><td id="templateHeader"><table><tbody><tr><td><img src="https://gallery.example/logo.png" alt="{esc(nl['publication'])}"></td></tr></tbody></table></td></tr>
<tr><td id="templateBody">
<table class="mcnTextBlock"><tbody><tr><td class="mcnTextContent"><h1>{esc(issue['title'])}</h1><p>{esc(nl['intro'])}</p></td></tr></tbody></table>
{''.join(cells)}
</td></tr>
<tr><td id="templateFooter"><table><tbody><tr><td class="mcnTextContent"><em>Copyright © 2025 {esc(nl['publication'])}, All rights reserved.</em><br>
<a href="https://example.us1.list-manage.example/unsubscribe">unsubscribe from this list</a></td></tr></tbody></table></td></tr>
</tbody></table></td></tr></tbody></table></center></body></html>"""


def kit_html(nl, issue):
    rows = [f"<tr><td><p>{esc(nl['intro'])}</p></td></tr>"]
    for n, (headline, first, second, outlet) in enumerate(issue["items"], 1):
        href = link(outlet, issue["slug"], n)
        rows.append(f"""<tr><td style="padding:0 24px"><p><strong>{esc(headline)}</strong></p>
<p>{esc(first)} {esc(second)}</p><p>Read more at <a href="{href}">{esc(outlet)}</a></p></td></tr>""")
    return f"""<html><body><table role="presentation" width="100%"><tr><td align="center">
<table role="presentation" class="ck-container" width="600">{''.join(rows)}</table>
<table role="presentation" width="600"><tr><td style="font-size:12px"><p>{esc(nl['footer'])}</p>
<p><a href="https://unsubscribe.kit.example/x">Unsubscribe</a> | <a href="https://preferences.kit.example/x">Update your profile</a></p></td></tr></table>
</td></tr></table></body></html>"""


def rfc2822(date):
    import datetime
    import email.utils
    d = datetime.datetime.fromisoformat(date + "T07:00:00+00:00")
    return email.utils.format_datetime(d)


def eml(nl, issue, parts, boundary="==nachlese-platforms=="):
    import email.header
    subject = email.header.Header(issue["title"], "utf-8").encode()
    head = (f"From: {nl['publication']} <{nl['sender']}>\r\nTo: reader@example.org\r\nSubject: {subject}\r\n"
            f"Date: {rfc2822(issue['date'])}\r\nMIME-Version: 1.0\r\n")
    if len(parts) == 1:
        ctype, body = parts[0]
        return (head + f"Content-Type: {ctype}; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + body.replace("\n", "\r\n") + "\r\n").encode("utf-8")
    out = head + f"Content-Type: multipart/alternative; boundary=\"{boundary}\"\r\n\r\n"
    for ctype, body in parts:
        out += (f"--{boundary}\r\nContent-Type: {ctype}; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + body.replace("\n", "\r\n") + "\r\n")
    return (out + f"--{boundary}--\r\n").encode("utf-8")


def ghost_json(nl):
    posts = []
    for n, issue in enumerate(nl["issues"] + [nl["draft"]], 1):
        draft = issue is nl["draft"]
        posts.append({"id": f"65f0{n:04d}", "title": issue["title"], "slug": issue["slug"],
                      "html": f"<p>{esc(nl['intro'])}</p>\n" + html_items(issue, "h3-sections"),
                      "status": "draft" if draft else "published", "type": "post",
                      "published_at": None if draft else issue["date"] + "T06:00:00.000Z"})
    posts.append({"id": "65f09999", "title": "About", "slug": "about", "html": "<p>About this site.</p>",
                  "status": "published", "type": "page", "published_at": "2025-01-01T00:00:00.000Z"})
    return json.dumps({"db": [{"meta": {"exported_on": 1741000000000, "version": "5.80.0"},
                               "data": {"posts": posts,
                                        "tags": [{"id": "t1", "name": "Weekly", "slug": "weekly"}],
                                        "posts_tags": [{"post_id": p["id"], "tag_id": "t1"} for p in posts],
                                        "settings": [{"key": "title", "value": nl["publication"]}]}}]},
                      ensure_ascii=False, indent=1)


def beehiiv_csv(nl):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["id", "web_title", "web_subtitle", "status", "audience", "content_html", "created_at"])
    for n, issue in enumerate(nl["issues"] + [nl["draft"]], 1):
        status = "draft" if issue is nl["draft"] else "confirmed"
        w.writerow([f"post_{n:05d}", issue["title"], "", status, "free",
                    f"<div class=\"rendered-post\"><p>{esc(nl['intro'])}</p>\n{html_items(issue, 'bold-lead')}</div>",
                    issue["date"] + " 06:00:00"])
    return out.getvalue()


def buttondown_zip(nl, as_json):
    emails = []
    for n, issue in enumerate(nl["issues"] + [nl["draft"]], 1):
        emails.append({"id": f"b{n:03d}", "subject": issue["title"], "slug": issue["slug"],
                       "publish_date": issue["date"] + "T08:00:00Z",
                       "status": "draft" if issue is nl["draft"] else "sent"})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        if as_json:
            z.writestr("emails.json", json.dumps(emails, ensure_ascii=False, indent=1))
        else:
            out = io.StringIO()
            w = csv.DictWriter(out, fieldnames=["id", "subject", "publish_date", "slug", "status"], lineterminator="\n")
            w.writeheader()
            w.writerows(emails)
            z.writestr("emails.csv", out.getvalue())
        for n, issue in enumerate(nl["issues"] + [nl["draft"]], 1):
            style = "bold" if as_json else "atx"
            z.writestr(f"emails/{issue['slug']}.md", f"{nl['intro']}\n\n{markdown_items(issue, style)}\n")
    return buf.getvalue()


def write(name, data):
    path = os.path.join(ROOT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)


def main():
    for key, nl in NEWSLETTERS.items():
        first = nl["issues"][0]
        write(f"{key}/substack-page.html", substack_page(nl, first))
        write(f"{key}/{key}-ghost-export.json", ghost_json(nl))
        write(f"{key}/{key}-posts.csv", beehiiv_csv(nl))
        write(f"{key}/{key}-export.zip", buttondown_zip(nl, as_json=(key == "gartenbrief")))
        write(f"{key}/mailchimp.eml", eml(nl, first, [("text/plain", text_part(nl, first)),
                                                    ("text/html", mailchimp_html(nl, first))]))
        write(f"{key}/mailchimp-plain.eml", eml(nl, first, [("text/plain", text_part(nl, first))]))
        write(f"{key}/kit.eml", eml(nl, first, [("text/html", kit_html(nl, first))]))
    nl = NEWSLETTERS["grid-notes"]
    write("broken/truncated-ghost-export.json", ghost_json(nl)[:700])
    broken_csv = beehiiv_csv(nl).split("\n")
    broken_csv[1] = broken_csv[1].replace(",confirmed,", ",\"confirmed,", 1)
    write("broken/grid-notes-posts.csv", "\n".join(broken_csv))
    z = zipfile.ZipFile(io.BytesIO(buttondown_zip(nl, as_json=False)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for name in z.namelist():
            if name != "emails/auction-season.md":
                out.writestr(name, z.read(name))
    write("broken/grid-notes-missing-email-export.zip", buf.getvalue())


if __name__ == "__main__":
    main()
