# -*- coding: utf-8 -*-
"""Issues of "Funkloch Digital", a newsletter invented for Nachlese's tests. Every sentence was written for Nachlese."""

import datetime

PUBLICATION = "Funkloch Digital"
AUTHOR = "Jule Brandauer"

# (iso week, title, lead, [news]) where lead = (emoji, headline, [paragraphs]) and news = (emoji, headline, body, [outlets])
ISSUES = [
    (10, "Glasfaser im Gemüsebeet", ("🌱", "Stadtwerke verlegen Glasfaser mit dem Pflug", [
        "Statt Straßen aufzureißen, ziehen die Stadtwerke einer fiktiven Kleinstadt ihre Leitungen jetzt mit einem Spezialpflug durch Äcker und Vorgärten.",
        "Das spart Zeit und Geld, sagt die Bauleitung, nur die Schrebergärtner sind noch nicht überzeugt."]), [
        ("📡", "Funkmast bekommt Solardach", "Ein Mobilfunkanbieter testet Masten, die ihren Strom zur Hälfte selbst erzeugen. Im Winter reicht das freilich nicht.", ["Golem", "heise"]),
        ("💶", "Start-up sammelt zwölf Millionen ein", "Eine Firma für Rechnungssoftware aus Leipzig hat eine Finanzierungsrunde abgeschlossen. Geld gab es vor allem von Business Angels.", ["Handelsblatt"]),
        ("🎮", "Nintendo verschiebt die Konsolen-Vorstellung", "Der Konzern lässt sich mit Details zur neuen Konsole mehr Zeit als erhofft. Fans zählen die Tage trotzdem.", ["The Verge", "IGN"]),
    ]),
    (11, "Der Drucker, der zurückschreibt", ("🖨️", "Bürodrucker werden zum Sicherheitsrisiko", [
        "Forschende zeigen, dass viele vernetzte Drucker ihre Firmware seit Jahren nicht aktualisiert haben.",
        "Wer einen Drucker übernimmt, sitzt oft schon mitten im Firmennetz. Die Hersteller verweisen auf ihre Update-Portale."]), [
        ("🔐", "Passwortmanager führt Passkeys für Teams ein", "Gemeinsame Zugänge sollen sich künftig ohne geteiltes Passwort verwalten lassen. Der Umstieg ist freiwillig.", ["t3n"]),
        ("🚆", "Bahn testet WLAN über Satellit", "Auf zwei Regionalstrecken sollen Reisende im Zug schneller surfen. Ob das im Tunnel hilft, bleibt offen.", ["Spiegel", "Golem"]),
        ("🧠", "Mistral stellt kleines Modell für Laptops vor", "Das französische Unternehmen zeigt ein Sprachmodell, das ohne Cloud auskommt. Es läuft sogar auf älteren Geräten.", ["TechCrunch"]),
    ]),
    (12, "Frühjahrsputz im App-Store", ("🧹", "Apple räumt verwaiste Apps aus dem Store", [
        "Programme, die seit Jahren kein Update bekommen haben, verschwinden nach einer Frist aus dem Angebot.",
        "Entwicklerinnen kleiner Hobby-Apps fühlen sich überrumpelt, Apple spricht von Qualitätssicherung."]), [
        ("📦", "Paketdienst liefert per Lastenrad", "In drei Innenstädten übernehmen E-Lastenräder die letzte Meile. Die Fahrer freuen sich über Radwege.", ["Tagesspiegel"]),
        ("🔋", "Akkufabrik sucht neue Investoren", "Ein geplantes Werk in Norddeutschland braucht frisches Kapital. Die Landesregierung gibt sich zuversichtlich.", ["NDR", "Handelsblatt"]),
    ]),
    (13, "Wenn der Kühlschrank streamt", ("🧊", "Smarte Haushaltsgeräte zeigen Werbung", [
        "Ein Hersteller blendet auf dem Display seiner Kühlschränke neuerdings Empfehlungen für Filme ein.",
        "Abschalten lässt sich das nur über ein verstecktes Menü, wie Testerinnen herausgefunden haben."]), [
        ("🛰️", "Europa plant eigenes Satelliteninternet", "Die EU-Kommission wirbt um Geld für ein Netz aus Hunderten Satelliten. Kritiker halten den Zeitplan für kühn.", ["Reuters"]),
        ("🎧", "Podcastplattform führt Kapitelmarken ein", "Hörer können künftig direkt zu einzelnen Themen springen. Das gefällt vor allem Vielhörern.", ["The Verge"]),
        ("📉", "Chiphersteller senkt die Prognose", "Wegen schwacher Nachfrage nach PCs rechnet ein Halbleiterkonzern mit weniger Umsatz. Die Aktie gab nach.", ["Bloomberg"]),
    ]),
    (14, "April, April?", ("🐇", "Netzagentur versteigert Frequenzen für Campusnetze", [
        "Unternehmen können sich ab Mai um Funkfrequenzen für eigene 5G-Netze auf dem Werksgelände bewerben.",
        "Dass die Ankündigung am ersten April kam, sorgte kurz für Verwirrung, doch sie ist ernst gemeint."]), [
        ("🏭", "Maschinenbauer setzt auf digitale Zwillinge", "Neue Anlagen werden erst im Rechner erprobt, bevor Stahl geschnitten wird. Das spart Wochen.", ["VDI Nachrichten"]),
        ("💬", "Messenger erlaubt das Bearbeiten alter Nachrichten", "Tippfehler lassen sich nun auch Stunden später korrigieren. Ein Hinweis zeigt die Änderung an.", ["t3n", "Golem"]),
    ]),
    (15, "Strom vom Balkon", ("☀️", "Balkonkraftwerke boomen in Mietshäusern", [
        "Seit die Anmeldung einfacher geworden ist, hängen an immer mehr Geländern kleine Solarmodule.",
        "Vermieter dürfen die Anlagen nur noch in Ausnahmefällen verbieten, was Streit aber nicht ganz verhindert."]), [
        ("🚗", "Autobauer öffnet Ladesäulen für alle", "Auch Fahrerinnen anderer Marken dürfen künftig an den Schnellladern tanken. Der Preis bleibt aber höher.", ["Auto Motor Sport"]),
        ("🧾", "Finanzamt verschickt Bescheide digital", "Steuerbescheide kommen bald standardmäßig ins Online-Postfach. Papier gibt es nur noch auf Antrag.", ["Süddeutsche"]),
        ("🎬", "Streamingdienst erhöht die Preise", "Das werbefreie Abo wird um zwei Euro teurer. Bestandskunden bekommen eine Schonfrist.", ["DWDL"]),
    ]),
    (16, "Ostereier im Quellcode", ("🥚", "Open-Source-Projekt findet Hintertür in Abhängigkeit", [
        "Ein aufmerksamer Entwickler bemerkte, dass ein Hilfspaket beim Start seltsam lange brauchte.",
        "Die Spur führte zu einem manipulierten Update, das rechtzeitig zurückgezogen wurde."]), [
        ("🛡️", "Behörde warnt vor gefälschten Paketmails", "Zu Ostern häufen sich Nachrichten über angebliche Lieferprobleme. Links darin führen zu Betrugsseiten.", ["BSI"]),
        ("🏦", "Neobank bekommt Vollbanklizenz", "Das Berliner Finanz-Start-up darf nun eigene Kredite vergeben. Die Aufsicht hatte lange geprüft.", ["Finance Forward"]),
    ]),
    (17, "Roboter im Regal", ("🤖", "Supermarktkette testet Inventurroboter", [
        "Nachts rollt ein schmaler Roboter durch die Gänge und fotografiert jedes Regal.",
        "Am Morgen wissen die Filialen, was fehlt. Die Belegschaft soll dadurch mehr Zeit für Kundschaft haben."]), [
        ("📱", "Samsung verteilt großes Software-Update", "Ältere Smartphones bekommen neue Funktionen für Fotos und Akku. Das Update rollt in Wellen aus.", ["SamMobile"]),
        ("🌍", "Rechenzentrum heizt Schwimmbad", "Die Abwärme eines Serverparks wärmt künftig das Becken eines Hallenbads. Beide Seiten sparen.", ["Tagesschau"]),
        ("🧪", "Labor druckt Gewebe im 3D-Drucker", "Forschende haben kleine Hautstücke für Medikamententests hergestellt. Bis zur Klinik dauert es noch.", ["Nature"]),
    ]),
    (18, "Maifeiertag im Homeoffice", ("🏠", "Firmen streichen Büroflächen", [
        "Eine Umfrage unter Großunternehmen zeigt: Viele mieten weniger Fläche, weil Teams seltener ins Büro kommen.",
        "Leerstand trifft vor allem ältere Bürotürme, die sich schwer umbauen lassen."]), [
        ("🔌", "Stecker-Standard für E-Bikes kommt", "Hersteller einigen sich auf ein gemeinsames Ladekabel. Der Kabelsalat im Keller wird kleiner.", ["Velobiz"]),
        ("🎓", "Hochschulen öffnen Kurse für alle", "Mehrere Universitäten stellen Vorlesungen zu Informatik kostenlos ins Netz. Prüfungen kosten extra.", ["Zeit Campus"]),
    ]),
    (19, "Die Cloud wird lokal", ("☁️", "Mittelständler holen Daten aus der Cloud zurück", [
        "Steigende Preise und Sorgen um den Datenschutz bewegen Firmen dazu, Server wieder selbst zu betreiben.",
        "Ein kompletter Rückzug ist selten, meist geht es um einzelne Anwendungen."]), [
        ("⌚", "Smartwatch misst den Blutdruck", "Eine neue Uhr verspricht Messwerte ohne Manschette. Ärztinnen mahnen zur Vorsicht bei der Deutung.", ["Heise"]),
        ("🚀", "Raketen-Start-up verschiebt Erstflug", "Wegen eines Problems an der Triebwerkspumpe bleibt die Rakete vorerst am Boden. Ein neuer Termin steht aus.", ["Spiegel"]),
        ("🧑‍💻", "Programmierkurs für Senioren ausgebucht", "Ein Volkshochschulkurs zum Programmieren hatte binnen Stunden keine Plätze mehr. Ein zweiter folgt.", ["Lokalzeitung"]),
    ]),
    (20, "Schlüssel in der Hosentasche", ("🔑", "Autos öffnen per Smartphone", [
        "Immer mehr Hersteller ersetzen den Autoschlüssel durch eine App, die per Funk mit dem Wagen spricht.",
        "Ist der Akku leer, hilft eine Notkarte im Portemonnaie, verspricht die Branche."]), [
        ("📺", "Sender starten gemeinsame Mediathek", "Mehrere Privatsender bündeln ihre Inhalte in einer App. Werbung gibt es trotzdem.", ["DWDL"]),
        ("🔭", "Teleskop liefert erste Bilder", "Ein neues Observatorium in Chile hat seine ersten Aufnahmen veröffentlicht. Astronominnen sind begeistert.", ["Spektrum"]),
    ]),
    (21, "Hitzefrei für Server", ("🌡️", "Rechenzentren planen für heiße Sommer", [
        "Betreiber rüsten Kühlanlagen nach, weil Hitzewellen häufiger werden.",
        "Manche setzen auf Flusswasser, andere auf die Nacht, in der rechenintensive Aufgaben laufen."]), [
        ("🛒", "Onlinehändler testet Abholstationen", "An Bahnhöfen stehen neue Schränke für Bestellungen. Der Code kommt aufs Handy.", ["Logistik heute"]),
        ("🧯", "Feuerwehr nutzt Drohnen mit Wärmebild", "Bei Bränden in Lagerhallen hilft der Blick von oben, Glutnester zu finden. Die Geräte sind gespendet.", ["BR"]),
        ("🗳️", "Verein fordert offene Wahlsoftware", "Die Programme zur Auszählung sollen öffentlich prüfbar sein, verlangt eine Initiative.", ["Netzpolitik"]),
    ]),
]

# Issues for the other formats: feeds, export, twins and encodings. Same structure.
MORE = {
    22: ("Ärger über Gebühren", ("💳", "Kartenzahlung kostet Händler mehr", [
        "Kleine Läden klagen über steigende Gebühren für Zahlungen mit Karte – manche verlangen nun 10 € Mindestumsatz.",
        "Verbraucherschützer halten das für ärgerlich, aber zulässig."]), [
        ("🥖", "Bäckerei führt Vorbestellung per App ein", "Brötchen lassen sich am Vorabend reservieren. Die Schlange am Samstag wird kürzer.", ["Lokalzeitung"]),
        ("🚲", "Städte zählen Radfahrer automatisch", "Sensoren an Kreuzungen liefern Zahlen für die Verkehrsplanung. Die Daten sind öffentlich.", ["Tagesspiegel"]),
    ]),
    23: ("Zwei Wege, eine Ausgabe", ("📬", "Newsletter landen öfter im Spam", [
        "Große Mailanbieter verschärfen ihre Regeln für Massenversand, und kleine Absender merken es zuerst.",
        "Wer keine saubere Absenderkennung hat, verliert Leserinnen, ohne es zu merken."]), [
        ("✉️", "Post testet digitale Briefmarke", "Ein Code auf dem Umschlag ersetzt die Marke. Er lässt sich per App kaufen.", ["Golem"]),
        ("🧮", "Taschenrechner-App bekommt Rechenweg", "Die neue Version erklärt Schülerinnen jeden Schritt. Lehrkräfte sind geteilter Meinung.", ["t3n"]),
    ]),
    24: ("Sommerloch mit WLAN", ("🏖️", "Campingplätze rüsten beim Internet auf", [
        "Gäste erwarten inzwischen schnelles Netz am Zelt, und die Betreiber ziehen nach.",
        "Richtfunk und Satellit ersetzen vielerorts die alte Telefonleitung."]), [
        ("🍦", "Eisdiele nimmt nur noch Karte", "Ein Betrieb verzichtet auf Bargeld und spart sich den Weg zur Bank. Nicht alle Gäste sind begeistert.", ["Lokalzeitung"]),
        ("📸", "Kamerahersteller stellt Spiegelreflex ein", "Die letzte Serie läuft aus, spiegellose Modelle übernehmen. Sammler horten Restbestände.", ["Photoscala"]),
    ]),
    25: ("Hitze, Hardware, Hochwasser", ("🌊", "Versicherer nutzen Satellitendaten bei Flutschäden", [
        "Bilder aus dem All zeigen innerhalb von Stunden, welche Straßen unter Wasser standen.",
        "Schäden lassen sich so schneller regulieren, sagen die Versicherer."]), [
        ("🧊", "Kühlbox mit Akku wird zum Bestseller", "Ein Gerät für Ausflüge ist ausverkauft. Der Hersteller produziert nach.", ["Chip"]),
        ("🔧", "Reparaturbonus wird verlängert", "Das Land zahlt weiter einen Zuschuss, wenn Elektrogeräte repariert statt ersetzt werden.", ["MDR"]),
    ]),
    26: ("Halbzeit", ("⏱️", "Halbjahresbilanz der Start-up-Finanzierung", [
        "In den ersten sechs Monaten floss weniger Wagniskapital als im Vorjahr, aber mehr Geld in Klimatechnik.",
        "Fonds sind wählerischer geworden und schauen genauer auf Umsätze."]), [
        ("🏗️", "Baufirma setzt auf Roboter für Mauern", "Ein Gerät setzt Ziegel nach Plan, ein Mensch überwacht es. Die Gewerkschaft beobachtet das genau.", ["Handelsblatt"]),
    ]),
    27: ("Atom, aber harmlos", ("⚛️", "Forschungsreaktor liefert Isotope für Kliniken", [
        "Ein Reaktor in Bayern stellt wieder Stoffe für die Krebsdiagnostik her.",
        "Kliniken hatten monatelang auf Lieferungen gewartet."]), [
        ("📡", "Wetterdienst stellt Daten frei zur Verfügung", "Messwerte und Vorhersagen gibt es nun kostenlos über eine Schnittstelle. Entwickler jubeln.", ["Netzpolitik"]),
    ]),
    28: ("Feeds sind nicht tot", ("📰", "RSS erlebt ein kleines Comeback", [
        "Leserinnen, die Algorithmen misstrauen, entdecken Feedreader wieder.",
        "Auch Verlage bieten ihre Artikel wieder als Feed an, manche sogar in voller Länge."]), [
        ("🧭", "Kartendienst zeigt Schattenwege", "Für heiße Tage schlägt eine App Routen mit viel Schatten vor. Die Daten stammen aus Luftbildern.", ["Golem"]),
    ]),
    29: ("Export statt Import", ("📤", "Plattformen müssen Daten herausgeben", [
        "Wer einen Dienst wechseln will, soll seine Inhalte vollständig mitnehmen können.",
        "Newsletter-Plattformen liefern dafür Archive mit allen Beiträgen als Dateien."]), [
        ("🗂️", "Archivsoftware liest alte Formate", "Ein Verein pflegt Werkzeuge, die Dateien aus den Neunzigern öffnen. Bibliotheken nutzen sie gern.", ["Heise"]),
    ]),
    30: ("Die Sache mit den Cookies", ("🍪", "Browser blockieren Drittanbieter-Cookies", [
        "Nach langem Zögern sperren nun auch die letzten großen Browser fremde Cookies standardmäßig.",
        "Werbefirmen suchen nach anderen Wegen, Nutzer wiederzuerkennen."]), [
        ("🎟️", "Konzertkarten nur noch personalisiert", "Ein Veranstalter druckt den Namen auf jedes Ticket. Der Schwarzmarkt soll austrocknen.", ["Musikexpress"]),
        ("🧵", "Sticker-Drucker für Zuhause", "Ein Gerät druckt Aufkleber auf Knopfdruck. Kinder lieben es, Eltern weniger.", ["Chip"]),
    ]),
    31: ("Ferienende", ("🎒", "Schulen bekommen Tablets – und keine Wartung", [
        "Die Geräte sind da, aber niemand ist für Updates und Reparaturen zuständig.",
        "Lehrkräfte springen ein, meist in ihrer Freizeit."]), [
        ("🖥️", "Gebrauchte Laptops für Schüler", "Ein Sozialunternehmen bereitet ausgemusterte Firmenrechner auf. Familien zahlen einen kleinen Betrag.", ["Tagesschau"]),
    ]),
    32: ("Entwurf, nie verschickt", ("📝", "Dieser Beitrag ist ein Entwurf", [
        "Er steht im Export, wurde aber nie veröffentlicht.",
        "Nachlese soll ihn deshalb nicht indexieren."]), [
        ("🚫", "Nicht veröffentlicht", "Diese Meldung darf nicht im Index landen.", ["Nirgendwo"]),
    ]),
    33: ("Größe, Maße, Gewichte", ("📏", "Eichamt prüft smarte Zähler", [
        "Stromzähler mit Funkmodul müssen genauso exakt messen wie die alten Ferraris-Zähler.",
        "Prüfer öffnen dafür Stichproben und vergleichen die Werte über Wochen."]), [
        ("🌾", "Landwirte teilen Wetterstationen", "Höfe in einem Landkreis betreiben ein gemeinsames Messnetz. Die Daten helfen bei der Aussaat.", ["Agrarheute"]),
    ]),
    34: ("Ohne Byte-Order-Mark geht es auch", ("🔤", "Texteditoren einigen sich auf UTF-8", [
        "Neue Dateien werden standardmäßig als UTF-8 gespeichert, mit oder ohne unsichtbares Startzeichen.",
        "Für Umlaute wie ä, ö und ü ist das eine gute Nachricht."]), [
        ("🧩", "Schriftarten für Minderheitensprachen", "Ein Projekt gestaltet Fonts für Sprachen, die bisher kaum unterstützt wurden.", ["Typografie.info"]),
    ]),
    35: ("Kaputte Umlaute", ("🩹", "Wenn Umlaute zu Hieroglyphen werden", [
        "Wird ein UTF-8-Text als Windows-1252 gelesen, wird aus einem schönen ü ein hässliches Zeichenpaar.",
        "Nachlese erkennt solche Paare und repariert sie, bevor sie im Index landen."]), [
        ("🔍", "Suchmaschine findet Größenangaben", "Wer nach Maßen sucht, bekommt nun Umrechnungen gleich mit. Praktisch für Heimwerkerinnen.", ["Golem"]),
    ]),
}

MORE_NEWS = "Das sind die weiteren News der Woche:"
GREETING = "👋 Hallo aus der Redaktion! Funkloch Digital ist ein ausgedachter Newsletter, den Nachlese für seine Tests benutzt."
FOOTER = "Danke fürs Lesen! Bis nächste Woche."


def monday(week):
    return datetime.date.fromisocalendar(2025, week, 1)


MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]


def german_date(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def issue(week):
    for entry in ISSUES:
        if entry[0] == week:
            return entry
    title, lead, news = MORE[week]
    return (week, title, lead, news)
