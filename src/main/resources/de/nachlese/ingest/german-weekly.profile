# Layout profile: German weekly tech newsletters (Doppelgänger Update style, the bundled demo).
# Format: docs/layout-profiles.md. Keys that hold lists repeat, one value per line.
name = german-weekly

greeting emoji = 👋
greeting emoji = ❤

more news = ^Das sind die (weiteren|übrigen) News der Woche:?$

# Rubrics. Labels are matched at the start of a line, after an emoji, ignoring case and counters such as "(1/2)".
section chart = Chart der Woche
section chart = Grafik der Woche
section chart = Zahl der Woche
section chart = Zahlen der Woche
section listen = Hörenswert
section listen = Podcast-Tipp
section listen = Podcasttipp
section listen = Zum Hören
section listen = Lesetipp
section listen = Lesenswert
section listen = Videotipp
section listen = Sehenswert
section earnings = Earnings Season
section earnings = Earnings der Woche
section earnings = Quartalszahlen der Woche
section earnings = Quartalszahlen
section earnings = Termine der Woche
section earnings = Diese Woche berichten

# Sources lines; the first is the marker of the classic form "🔗 heise | Golem".
sources = 🔗
sources = Quellen:
sources = Quelle:
sources = Mehr bei:
sources = Mehr dazu bei:
sources = Via:
outlet separators = \s*(?:[|·•,;]|\s/\s)\s*
inline source = \s*\((?:via|Quelle:)\s+([^)]+)\)\s*$

# A line of an earnings calendar: "Montag 27. Januar: …", "- Mo, 3.2.: …", "| 3.2. | Alphabet |", "• Apple (Do)".
calendar line = ^(?:[-–•*]\s*)?(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So)\b\.?,?\s.*:.*|\|.*\||[-–•*]\s*\S.*)$

# Q&A special editions: the text after the label is the headline.
question = Frage

ad = Anzeige
ad = Sponsored
ad = Gesponsert
ad = Sponsor
ad = Präsentiert von
ad = Diese Ausgabe wird präsentiert von
ad = Werbung
ad = Partner der Woche
ad = In eigener Sache

referral = Empfiehl uns weiter
referral = Empfehle uns weiter
referral = Teile diesen Newsletter
referral = Share the Newsletter
referral = Jobbörse
referral = Jobs der Woche
referral = Offene Stellen

footer = Dieser Newsletter wird
footer = Danke für Deine Zeit
footer = Danke für deine Zeit
footer = Danke fürs Lesen
footer = 📮
footer = Oder nutze diesen Link
footer = Bis nächste Woche
footer = Abmelden
footer = Impressum
