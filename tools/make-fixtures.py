#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Writes the test fixtures in src/test/resources/fixtures/ from the invented texts in fixture_texts.py:
formats/ (every supported input format, each issue once plus one twin) and malformed/ (inputs that must be
refused with a reason). Run from the project folder: python3 tools/make-fixtures.py
The output is committed; this script documents how the binary files (ZIPs, mbox) were made.
"""
import base64
import datetime
import email.header
import html
import io
import os
import quopri
import shutil
import sys
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from fixture_texts import (AUTHOR, FOOTER, GREETING, ISSUES, MORE_NEWS, PUBLICATION, german_date, issue, monday)

ROOT = os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "fixtures")
FORMATS = os.path.join(ROOT, "formats")
MALFORMED = os.path.join(ROOT, "malformed")


def url(outlet, week, n):
    slug = outlet.lower().replace(" ", "-")
    return f"https://{slug}.example/2025/kw{week}/{n}"


def as_text(week, header=True, byline=True):
    w, title, (emoji, headline, paragraphs), news = issue(week)
    out = []
    if header:
        out += [f"KW{w} - {title}", "", PUBLICATION, ""]
    if byline:
        out += [f"Von {AUTHOR} · {german_date(monday(w))}", ""]
    out += [GREETING, "", f"{emoji} {headline}", ""]
    for p in paragraphs:
        out += [p, ""]
    out += [MORE_NEWS, ""]
    for e, h, body, outlets in news:
        out += [f"{e} {h}: {body}", "🔗 " + " | ".join(outlets), ""]
    out += [FOOTER, ""]
    return "\n".join(out)


def as_html(week, header=True, byline=True, page=True, charset="utf-8"):
    w, title, (emoji, headline, paragraphs), news = issue(week)
    e = html.escape
    body = []
    if header:
        body += [f"<h1>KW{w} - {e(title)}</h1>", f"<p class=\"publication\">{PUBLICATION}</p>"]
    if byline:
        body += [f"<p class=\"byline\">Von {AUTHOR} · {german_date(monday(w))}</p>"]
    body += [f"<p>{e(GREETING)}</p>", f"<h2>{emoji} {e(headline)}</h2>"]
    body += [f"<p>{e(p)}</p>" for p in paragraphs]
    body += [f"<p><strong>{MORE_NEWS}</strong></p>"]
    for n, (em, h, text, outlets) in enumerate(news, 1):
        links = " | ".join(f"<a href=\"{url(o, w, n)}\">{e(o)}</a>" for o in outlets)
        body += [f"<p>{em} <strong>{e(h)}:</strong> {e(text)}</p>", f"<p>🔗 {links}</p>"]
    body += [f"<p>{e(FOOTER)}</p>"]
    if not page:
        return "\n".join(body)
    return "\n".join([
        "<!DOCTYPE html>", "<html lang=\"de\">", "<head>", f"<meta charset=\"{charset}\">",
        f"<title>KW{w} - {e(title)}</title>", "<script>window.track && track();</script>", "</head>", "<body>",
        "<nav><a href=\"https://funkloch.example/\">Archiv</a> · <a href=\"https://funkloch.example/abo\">Abo</a></nav>",
        "<article>", *body, "</article>",
        "<footer><p>Funkloch Digital ist erfunden. <a href=\"https://funkloch.example/ab\">Abmelden</a></p></footer>",
        "<img src=\"https://funkloch.example/pixel.gif\" width=\"1\" height=\"1\" alt=\"\">", "</body>", "</html>", ""])


def rfc2822(d, hour=7, minute=30):
    return datetime.datetime(d.year, d.month, d.day, hour, minute, tzinfo=datetime.timezone(datetime.timedelta(hours=1))) \
        .strftime("%a, %d %b %Y %H:%M:%S +0100")


def subject(week, encoding, title=None):
    try:
        title = title or issue(week)[1]
    except KeyError:
        title = f"Ausgabe {week}"
    text = f"KW{week} - {title}"
    return email.header.Header(text, "utf-8").encode() if encoding == "b" else \
        "=?UTF-8?Q?" + quopri.encodestring(text.encode("utf-8"), header=True).decode("ascii").replace("=\n", "") + "?="


def headers(week, subj_encoding="b", date=None, msgid=None, title=None):
    d = date or datetime.date.fromisocalendar(2025, week, 1)
    return (f"From: =?UTF-8?Q?Funkloch_Digital?= <post@funkloch.example>\n"
            f"To: leserin@example.org\n"
            f"Subject: {subject(week, subj_encoding, title)}\n"
            f"Date: {rfc2822(d)}\n"
            f"Message-ID: <{msgid or f'kw{week}'}@funkloch.example>\n"
            f"MIME-Version: 1.0\n")


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset, errors="xmlcharrefreplace")).decode("ascii")


def b64(data):
    return "\n".join(base64.encodebytes(data).decode("ascii").splitlines()) + "\n"


def eml_alternative(week, boundary="grenze-{w}", byline=True):
    b = boundary.format(w=week)
    return (headers(week) +
            f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n"
            "Diese Nachricht hat einen Text- und einen HTML-Teil.\n\n"
            f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(as_text(week, byline=byline)) +
            f"\n--{b}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
            + b64(as_html(week, byline=byline).encode("utf-8")) +
            f"--{b}--\n")


def eml_plain_qp(week):
    return (headers(week, "q") + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(as_text(week)))


def eml_html_cp1252(week):
    return (headers(week) + "Content-Type: text/html; charset=windows-1252\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(as_html(week, charset="windows-1252"), "cp1252"))


def eml_plain_b64_no_byline(week):
    return (headers(week) + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
            + b64(as_text(week, byline=False).encode("utf-8")))


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def mbox():
    builders = [eml_alternative, eml_plain_qp, eml_html_cp1252, eml_plain_b64_no_byline]
    out = []
    for i, entry in enumerate(ISSUES):
        week = entry[0]
        message = builders[i % 4](week)
        if week == 14:
            message = message.replace("Diese Nachricht hat", "From der Redaktion: Diese Nachricht hat", 1)
        # a line starting with "From " would start a new message, so an mbox quotes it as ">From " (mboxrd)
        message = "\n".join(">" + line if line.startswith("From ") or line.startswith(">From ") else line
                             for line in message.split("\n"))
        out.append(f"From post@funkloch.example {monday(week).strftime('%a %b %d 07:30:00 %Y')}\n")
        out.append(message if message.endswith("\n") else message + "\n")
        out.append("\n")
    return "".join(out)


def rss():
    items = []
    for n, week in enumerate([24, 25, 26]):
        d = monday(week)
        content = as_html(week, header=False, byline=(week == 26), page=False)
        items.append(f"""    <item>
      <title>KW{week} - {html.escape(issue(week)[1])}</title>
      <link>https://funkloch.example/kw{week}</link>
      <guid>https://funkloch.example/kw{week}</guid>
      <pubDate>{rfc2822(d)}</pubDate>
      <description>{html.escape(issue(week)[2][2][0])}</description>
      <content:encoded><![CDATA[{content}]]></content:encoded>
    </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>{PUBLICATION}</title>
    <link>https://funkloch.example/</link>
    <description>Ein erfundener Newsletter für die Tests von Nachlese</description>
{chr(10).join(items)}
  </channel>
</rss>
"""


def atom():
    entries = []
    for week in [27, 28]:
        d = monday(week)
        if week == 27:
            content = f'<content type="html">{html.escape(as_html(week, header=False, byline=False, page=False))}</content>'
        else:
            xhtml = as_html(week, header=False, byline=False, page=False)
            content = f'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{xhtml}</div></content>'
        entries.append(f"""  <entry>
    <title>KW{week} - {html.escape(issue(week)[1])}</title>
    <id>urn:funkloch:kw{week}</id>
    <published>{d.isoformat()}T07:30:00+01:00</published>
    <updated>{d.isoformat()}T09:00:00+01:00</updated>
    {content}
  </entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{PUBLICATION}</title>
  <id>urn:funkloch</id>
  <updated>2025-07-07T09:00:00+01:00</updated>
{chr(10).join(entries)}
</feed>
"""


def export_zip(path, weeks=(29, 30, 31), draft=32, extra=None, drop=None, columns=None):
    rows = [columns or "post_id,post_date,is_published,email_sent_at,inbox_sent_at,type,audience,title,subtitle,podcast_url"]
    files = {}
    for week in list(weeks) + ([draft] if draft else []):
        post_id = f"{1000 + week}.kw{week}"
        d = monday(week)
        published = "false" if week == draft else "true"
        title = f"KW{week} - {issue(week)[1]}"
        rows.append(f'{post_id},{d.isoformat()}T06:30:00.000Z,{published},,,newsletter,everyone,"{title}",'
                    f'"Ausgabe {week}",')
        if week != drop:
            files[f"posts/{post_id}.html"] = as_html(week, header=False, byline=False, page=False)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("posts.csv", "\n".join(rows) + "\n")
        for name, content in files.items():
            z.writestr(name, content)
        for name, content in (extra or {}).items():
            z.writestr(name, content)


def formats():
    shutil.rmtree(FORMATS, ignore_errors=True)
    os.makedirs(FORMATS)
    write(os.path.join(FORMATS, "funkloch-2025.mbox"), mbox())
    write(os.path.join(FORMATS, "funkloch-feed.rss"), rss())
    write(os.path.join(FORMATS, "funkloch-atom.xml"), atom())
    export_zip(os.path.join(FORMATS, "funkloch-digital-export.zip"))
    # the same issue as an e-mail and as a saved web page
    write(os.path.join(FORMATS, "twins", "funkloch-2025-kw23.eml"), eml_alternative(23))
    write(os.path.join(FORMATS, "twins", "funkloch-2025-kw23.html"), as_html(23))
    # encodings
    write(os.path.join(FORMATS, "encodings", "funkloch-2025-kw22-windows-1252.txt"),
          cp1252_text(22))
    write(os.path.join(FORMATS, "encodings", "funkloch-2025-kw33-latin1.html"),
          as_html(33, charset="iso-8859-1").encode("latin-1", errors="xmlcharrefreplace"))
    write(os.path.join(FORMATS, "encodings", "funkloch-2025-kw34-bom.txt"), b"\xef\xbb\xbf" + as_text(34).encode("utf-8"))
    write(os.path.join(FORMATS, "encodings", "funkloch-2025-kw35-mojibake.txt"),
          misread_as_windows_1252(as_text(35).encode("utf-8")).encode("utf-8"))


def misread_as_windows_1252(data):
    """UTF-8 bytes decoded as windows-1252 the way browsers do it (WHATWG): the five bytes windows-1252 leaves
    undefined become the C1 control characters of the same number."""
    out = []
    for b in data:
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def cp1252_text(week):
    """A saved page in windows-1252: umlauts, € and – are single bytes; emoji, which windows-1252 lacks, are numeric
    character references, as editors write them."""
    text = as_html(week, charset="windows-1252")
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1252"))
        except UnicodeEncodeError:
            out.append(f"&#{ord(ch)};".encode("ascii"))
    return b"".join(out)


def malformed():
    shutil.rmtree(MALFORMED, ignore_errors=True)
    os.makedirs(MALFORMED)
    m = lambda name, data: write(os.path.join(MALFORMED, name), data)
    # good files among the bad: they must be indexed
    m("good-kw36.txt", as_text_week_copy(20, 36))
    m("good-kw37.eml", eml_alternative_copy(37))
    # empty and junk
    m("empty.txt", b"")
    m("only-spaces.txt", "   \n\n\t\n")
    m("junk.txt", bytes((i * 37 + 11) % 256 for i in range(3000)))
    m("junk.html", b"\x89PNG\r\n\x1a\n" + bytes((i * 13) % 256 for i in range(2000)))
    m("utf16-without-bom.txt", as_text(21).encode("utf-16-le"))
    m("control-noise.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8] * 200))
    # e-mails
    full = eml_alternative_copy(38)
    m("truncated-multipart.eml", full[: len(full) // 2])
    m("eml-only-attachment.eml", headers(39) + "Content-Type: multipart/mixed; boundary=\"x\"\n\n--x\n"
      "Content-Type: application/pdf\nContent-Disposition: attachment; filename=\"a.pdf\"\n"
      "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--x--\n")
    m("eml-headers-only.eml", headers(40) + "Content-Type: text/plain; charset=utf-8\n\n")
    m("eml-broken-base64.eml", headers(41) + "Content-Type: text/plain; charset=utf-8\n"
      "Content-Transfer-Encoding: base64\n\n" + "!!!!****" * 40 + "\n")
    m("eml-no-boundary.eml", headers(42) + "Content-Type: multipart/alternative\n\nkein Teil hier\n")
    # text and HTML that are not issues
    m("html-without-items.html", "<!DOCTYPE html><html><head><title>Impressum</title></head><body>"
      "<h1>Impressum</h1><p>Funkloch Digital</p><p>Von der Redaktion · 1. Juli 2025</p>"
      "<p>Hier stehen nur Adresse und Telefonnummer.</p></body></html>")
    m("text-without-items.txt", "KW43 - Nichts drin\n\nFunkloch Digital\n\nVon Jule Brandauer · 20. Oktober 2025\n\n"
      "Diese Woche gab es keine Meldungen, nur diesen Satz.\n")
    m("only-title.txt", "KW44 - Nur ein Titel\n")
    m("no-date.txt", "Eine Ausgabe ohne Datum\n\nFunkloch Digital\n\n🛰️ Meldung ohne Zeit\n\nText ohne jede Jahreszahl.\n")
    m("only-greeting.txt", "KW45 - Nur Hallo\n\nFunkloch Digital\n\nVon Jule Brandauer · 3. November 2025\n\n" + GREETING + "\n")
    m("frameset.html", "<html><frameset><frame src=\"a.html\"></frameset></html>")
    m("unknown-xml.xml", "<?xml version=\"1.0\"?><notiz><an>Jule</an><text>Kein Feed</text></notiz>")
    # a second, different issue for a week that is already indexed (from good-kw36.txt)
    m("week36-other-title.txt", as_text_week_copy(19, 36, title="Ein anderer Titel"))
    # feeds
    m("xxe-feed.rss", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY geheim SYSTEM \"file:///etc/passwd\">]>\n"
      "<rss version=\"2.0\"><channel><title>Funkloch Digital</title><item><title>KW46 - XXE</title>"
      "<description>&geheim;</description></item></channel></rss>\n")
    m("billion-laughs.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE lol [<!ENTITY lol \"lol\">"
      "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n"
      "<rss version=\"2.0\"><channel><title>&lol2;</title></channel></rss>\n")
    m("broken-feed.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Funkloch Digital</title>"
      "<item><title>KW47 - kaputt</title><description>offen")
    m("feed-without-items.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Funkloch Digital</title>"
      "</channel></rss>")
    m("atom-entry-without-content.atom", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
      "<title>Funkloch Digital</title><entry><title>KW48 - leer</title><published>2025-11-24T07:00:00Z</published>"
      "</entry></feed>")
    # ZIPs
    m("broken.zip", b"PK\x03\x04" + bytes((i * 7) % 256 for i in range(500)))
    buf = io.BytesIO()
    export_zip_to(buf, weeks=(29,), draft=None)
    m("truncated.zip", buf.getvalue()[: len(buf.getvalue()) // 2])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("../../ausbruch.txt", as_text(21))
        z.writestr("ausgaben/good-kw49.txt", as_text_week_copy(17, 49))
    m("zip-slip.zip", buf.getvalue())
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("bombe.txt", b"\0" * (64 * 1024 * 1024))
    m("zip-bomb.zip", buf.getvalue())
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("innen.zip", open(os.path.join(FORMATS, "funkloch-digital-export.zip"), "rb").read())
    m("zip-in-zip.zip", buf.getvalue())
    buf = io.BytesIO()
    export_zip_to(buf, weeks=(30,), draft=None, drop=30)
    m("export-missing-post.zip", buf.getvalue())
    buf = io.BytesIO()
    export_zip_to(buf, weeks=(31,), draft=None, columns="id,datum,titel")
    m("export-without-post-id.zip", buf.getvalue())
    # an mbox with one good message, one truncated and one empty
    m("mixed.mbox", "From a@example Mon Dec 01 07:30:00 2025\n" + eml_alternative_copy(52)
      + "\nFrom b@example Mon Dec 01 07:31:00 2025\n" + full[: len(full) // 3]
      + "\nFrom c@example Mon Dec 01 07:32:00 2025\n\n")
    # too large for the limit the test sets (64 KiB)
    m("too-large.txt", ("Funkloch " * 10000).encode("ascii"))


def export_zip_to(buf, **kwargs):
    tmp = buf
    path = os.path.join(MALFORMED, ".tmp.zip")
    export_zip(path, **kwargs)
    with open(path, "rb") as f:
        tmp.write(f.read())
    os.remove(path)


def as_text_week_copy(source_week, week, title=None):
    """An issue of another week with the words of an existing one, for extra good files."""
    w, t, lead, news = issue(source_week)
    d = datetime.date.fromisocalendar(2025, week, 1)
    text = as_text(source_week).replace(f"KW{source_week} - {t}", f"KW{week} - {title or t}") \
        .replace(german_date(monday(source_week)), german_date(d))
    return text


def eml_alternative_copy(week):
    src = 18
    msg = eml_alternative(src, boundary="kopie-{w}")
    d = datetime.date.fromisocalendar(2025, week, 1)
    text = as_text(src).replace(f"KW{src} -", f"KW{week} -").replace(german_date(monday(src)), german_date(d))
    page = as_html(src).replace(f"KW{src} -", f"KW{week} -").replace(german_date(monday(src)), german_date(d))
    b = f"kopie-{src}"
    return (headers(week, msgid=f"kopie{week}", title=issue(src)[1]) + f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n"
            f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(text) + f"\n--{b}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
            + b64(page.encode("utf-8")) + f"--{b}--\n")


if __name__ == "__main__":
    formats()
    malformed()
    print("fixtures written to", os.path.normpath(ROOT))
