package de.nachlese.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Every supported input format, written by us (tools/make-fixtures.py), reads into the expected issues and items
 * through the one splitter. Ids are publication, ISO week and headline, whatever the format.
 */
class FormatFixturesTest {

    private final IssueReader reader = new IssueReader(FormatProfile.GERMAN_WEEKLY);

    @Test
    void mboxWithTwelveEmailsGivesTwelveIssues() throws IOException {
        FileResult result = read("funkloch-2025.mbox");
        assertThat(result.format()).isEqualTo(Format.MBOX);
        assertThat(result.problems()).isEmpty();
        assertThat(itemIds(result))
                .containsExactly(
                        "funkloch-digital-2025-w10-stadtwerke-verlegen-glasfaser-mit-dem-pflug",
                        "funkloch-digital-2025-w10-funkmast-bekommt-solardach",
                        "funkloch-digital-2025-w10-start-up-sammelt-zwoelf-millionen-ein",
                        "funkloch-digital-2025-w10-nintendo-verschiebt-die-konsolen-vorstellung",
                        "funkloch-digital-2025-w11-buerodrucker-werden-zum-sicherheitsrisiko",
                        "funkloch-digital-2025-w11-passwortmanager-fuehrt-passkeys-fuer-teams-ein",
                        "funkloch-digital-2025-w11-bahn-testet-wlan-ueber-satellit",
                        "funkloch-digital-2025-w11-mistral-stellt-kleines-modell-fuer-laptops-vor",
                        "funkloch-digital-2025-w12-apple-raeumt-verwaiste-apps-aus-dem-store",
                        "funkloch-digital-2025-w12-paketdienst-liefert-per-lastenrad",
                        "funkloch-digital-2025-w12-akkufabrik-sucht-neue-investoren",
                        "funkloch-digital-2025-w13-smarte-haushaltsgeraete-zeigen-werbung",
                        "funkloch-digital-2025-w13-europa-plant-eigenes-satelliteninternet",
                        "funkloch-digital-2025-w13-podcastplattform-fuehrt-kapitelmarken-ein",
                        "funkloch-digital-2025-w13-chiphersteller-senkt-die-prognose",
                        "funkloch-digital-2025-w14-netzagentur-versteigert-frequenzen-fuer-campusnetze",
                        "funkloch-digital-2025-w14-maschinenbauer-setzt-auf-digitale-zwillinge",
                        "funkloch-digital-2025-w14-messenger-erlaubt-das-bearbeiten-alter-nachrichten",
                        "funkloch-digital-2025-w15-balkonkraftwerke-boomen-in-mietshaeusern",
                        "funkloch-digital-2025-w15-autobauer-oeffnet-ladesaeulen-fuer-alle",
                        "funkloch-digital-2025-w15-finanzamt-verschickt-bescheide-digital",
                        "funkloch-digital-2025-w15-streamingdienst-erhoeht-die-preise",
                        "funkloch-digital-2025-w16-open-source-projekt-findet-hintertuer-in-abhaengigkeit",
                        "funkloch-digital-2025-w16-behoerde-warnt-vor-gefaelschten-paketmails",
                        "funkloch-digital-2025-w16-neobank-bekommt-vollbanklizenz",
                        "funkloch-digital-2025-w17-supermarktkette-testet-inventurroboter",
                        "funkloch-digital-2025-w17-samsung-verteilt-grosses-software-update",
                        "funkloch-digital-2025-w17-rechenzentrum-heizt-schwimmbad",
                        "funkloch-digital-2025-w17-labor-druckt-gewebe-im-3d-drucker",
                        "funkloch-digital-2025-w18-firmen-streichen-bueroflaechen",
                        "funkloch-digital-2025-w18-stecker-standard-fuer-e-bikes-kommt",
                        "funkloch-digital-2025-w18-hochschulen-oeffnen-kurse-fuer-alle",
                        "funkloch-digital-2025-w19-mittelstaendler-holen-daten-aus-der-cloud-zurueck",
                        "funkloch-digital-2025-w19-smartwatch-misst-den-blutdruck",
                        "funkloch-digital-2025-w19-raketen-start-up-verschiebt-erstflug",
                        "funkloch-digital-2025-w19-programmierkurs-fuer-senioren-ausgebucht",
                        "funkloch-digital-2025-w20-autos-oeffnen-per-smartphone",
                        "funkloch-digital-2025-w20-sender-starten-gemeinsame-mediathek",
                        "funkloch-digital-2025-w20-teleskop-liefert-erste-bilder",
                        "funkloch-digital-2025-w21-rechenzentren-planen-fuer-heisse-sommer",
                        "funkloch-digital-2025-w21-onlinehaendler-testet-abholstationen",
                        "funkloch-digital-2025-w21-feuerwehr-nutzt-drohnen-mit-waermebild",
                        "funkloch-digital-2025-w21-verein-fordert-offene-wahlsoftware");
        assertThat(result.issues()).allSatisfy(parsed -> {
            assertThat(parsed.issue().publication()).isEqualTo("Funkloch Digital");
            assertThat(parsed.issue().metadata()).containsEntry("format", "mbox");
        });
        assertThat(result.issues())
                .extracting(p -> p.issue().origin())
                .startsWith(fixture("funkloch-2025.mbox") + "#1", fixture("funkloch-2025.mbox") + "#2");
    }

    @Test
    void emailWithoutBylineTakesTheDateHeaderAndSaysSo() throws IOException {
        ParsedIssue fourth = read("funkloch-2025.mbox").issues().get(3);
        assertThat(fourth.issue().date()).hasToString("2025-03-24");
        assertThat(fourth.warnings()).containsExactly("no byline date, used the e-mail Date header: 2025-03-24");
    }

    @Test
    void htmlPartWinsOverTextPartAndEncodingsAreDecoded() throws IOException {
        List<ParsedIssue> issues = read("funkloch-2025.mbox").issues();
        // #1 is multipart/alternative: only the HTML part carries the outlets' URLs
        assertThat(issues.get(0).issue().items().get(1).sources())
                .containsExactly(
                        new Source("Golem", "https://golem.example/2025/kw10/1"),
                        new Source("heise", "https://heise.example/2025/kw10/1"));
        // #2 is text/plain, quoted-printable: outlets without URLs, umlauts intact
        assertThat(issues.get(1).issue().items().get(1).sources()).containsExactly(new Source("t3n", null));
        assertThat(issues.get(1).issue().items().get(0).headline())
                .isEqualTo("Bürodrucker werden zum Sicherheitsrisiko");
        // #3 is text/html in windows-1252, quoted-printable
        assertThat(issues.get(2).issue().items().get(0).headline())
                .isEqualTo("Apple räumt verwaiste Apps aus dem Store");
        assertThat(issues.get(2).issue().title()).isEqualTo("Frühjahrsputz im App-Store");
    }

    @Test
    void emailWithoutHeaderLinesTakesTitleFromTheEncodedSubjectAndPublicationFromTheSender() throws Exception {
        String eml = """
                From: =?UTF-8?Q?Funkloch_Digital?= <post@funkloch.example>
                Subject: =?UTF-8?Q?KW11_-_Der_Drucker,_der_zur=C3=BCckschreibt?=
                Date: Mon, 10 Mar 2025 07:30:00 +0100
                MIME-Version: 1.0
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: quoted-printable

                =F0=9F=96=A8=EF=B8=8F B=C3=BCrodrucker werden zum Sicherheitsrisiko

                Viele vernetzte Drucker haben seit Jahren kein Update bekommen.

                Das sind die weiteren News der Woche:

                =F0=9F=94=90 Passwortmanager f=C3=BChrt Passkeys ein: Gemeinsame Zug=C3=A4nge ohne geteiltes Passwort.
                =F0=9F=94=97 t3n
                """;
        ParsedIssue parsed = reader.read("kurz.eml", eml.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(parsed.issue().title()).isEqualTo("Der Drucker, der zurückschreibt");
        assertThat(parsed.issue().publication()).isEqualTo("Funkloch Digital");
        assertThat(parsed.issue().date()).hasToString("2025-03-10");
        assertThat(parsed.issue().items())
                .extracting(Item::id)
                .containsExactly(
                        "funkloch-digital-2025-w11-buerodrucker-werden-zum-sicherheitsrisiko",
                        "funkloch-digital-2025-w11-passwortmanager-fuehrt-passkeys-ein");
        assertThat(parsed.warnings())
                .containsExactly(
                        "the text has no title line; used the title \"KW11 - Der Drucker, der zurückschreibt\" and the "
                                + "publication \"Funkloch Digital\" from the container",
                        "no byline date, used the e-mail Date header: 2025-03-10");
    }

    @Test
    void rssFeedWithContentEncoded() throws IOException {
        FileResult result = read("funkloch-feed.rss");
        assertThat(result.format()).isEqualTo(Format.RSS);
        assertThat(result.problems()).isEmpty();
        assertThat(itemIds(result))
                .containsExactly(
                        "funkloch-digital-2025-w24-campingplaetze-ruesten-beim-internet-auf",
                        "funkloch-digital-2025-w24-eisdiele-nimmt-nur-noch-karte",
                        "funkloch-digital-2025-w24-kamerahersteller-stellt-spiegelreflex-ein",
                        "funkloch-digital-2025-w25-versicherer-nutzen-satellitendaten-bei-flutschaeden",
                        "funkloch-digital-2025-w25-kuehlbox-mit-akku-wird-zum-bestseller",
                        "funkloch-digital-2025-w25-reparaturbonus-wird-verlaengert",
                        "funkloch-digital-2025-w26-halbjahresbilanz-der-start-up-finanzierung",
                        "funkloch-digital-2025-w26-baufirma-setzt-auf-roboter-fuer-mauern");
        Issue first = result.issues().get(0).issue();
        assertThat(first.title()).isEqualTo("Sommerloch mit WLAN");
        assertThat(first.date()).hasToString("2025-06-09");
        assertThat(result.issues().get(0).warnings())
                .containsExactly(
                        "the text has no title line; used the title \"KW24 - Sommerloch mit WLAN\" and the publication "
                                + "\"Funkloch Digital\" from the container",
                        "no byline date, used the feed item's pubDate: 2025-06-09");
        assertThat(result.issues().get(2).warnings())
                .as("KW26 has its own byline")
                .hasSize(1);
    }

    @Test
    void atomFeedWithHtmlAndXhtmlContent() throws IOException {
        FileResult result = read("funkloch-atom.xml");
        assertThat(result.format()).isEqualTo(Format.ATOM);
        assertThat(result.problems()).isEmpty();
        assertThat(itemIds(result))
                .containsExactly(
                        "funkloch-digital-2025-w27-forschungsreaktor-liefert-isotope-fuer-kliniken",
                        "funkloch-digital-2025-w27-wetterdienst-stellt-daten-frei-zur-verfuegung",
                        "funkloch-digital-2025-w28-rss-erlebt-ein-kleines-comeback",
                        "funkloch-digital-2025-w28-kartendienst-zeigt-schattenwege");
        assertThat(result.issues().get(1).issue().items().get(1).sources())
                .containsExactly(new Source("Golem", "https://golem.example/2025/kw28/1"));
    }

    @Test
    void platformExportZipSkipsDrafts() throws IOException {
        FileResult result = read("funkloch-digital-export.zip");
        assertThat(result.format()).isEqualTo(Format.EXPORT_ZIP);
        assertThat(result.problems()).isEmpty();
        assertThat(itemIds(result))
                .containsExactly(
                        "funkloch-digital-2025-w29-plattformen-muessen-daten-herausgeben",
                        "funkloch-digital-2025-w29-archivsoftware-liest-alte-formate",
                        "funkloch-digital-2025-w30-browser-blockieren-drittanbieter-cookies",
                        "funkloch-digital-2025-w30-konzertkarten-nur-noch-personalisiert",
                        "funkloch-digital-2025-w30-sticker-drucker-fuer-zuhause",
                        "funkloch-digital-2025-w31-schulen-bekommen-tablets-und-keine-wartung",
                        "funkloch-digital-2025-w31-gebrauchte-laptops-fuer-schueler");
        assertThat(result.issues())
                .allSatisfy(p -> assertThat(p.issue().publication()).isEqualTo("Funkloch Digital"));
        assertThat(result.issues().get(0).issue().origin())
                .isEqualTo(fixture("funkloch-digital-export.zip") + "!posts/1029.kw29.html");
    }

    @Test
    void theSameIssueAsEmailAndAsWebPageIsOneIssue() throws IOException {
        FileResult eml = read("twins/funkloch-2025-kw23.eml");
        FileResult html = read("twins/funkloch-2025-kw23.html");
        assertThat(eml.format()).isEqualTo(Format.EML);
        assertThat(html.format()).isEqualTo(Format.HTML);
        assertThat(itemIds(eml))
                .containsExactly(
                        "funkloch-digital-2025-w23-newsletter-landen-oefter-im-spam",
                        "funkloch-digital-2025-w23-post-testet-digitale-briefmarke",
                        "funkloch-digital-2025-w23-taschenrechner-app-bekommt-rechenweg");
        assertThat(itemIds(html)).isEqualTo(itemIds(eml));
        assertThat(eml.issues().get(0).issue().items())
                .isEqualTo(html.issues().get(0).issue().items());

        IngestReport both = new ArchiveReader(reader).read(new FolderArchive(FIXTURES.resolve("twins")));
        assertThat(both.issues()).extracting(Issue::id).containsExactly("funkloch-digital-2025-w23");
        assertThat(both.duplicates())
                .extracting(IngestProblem::origin)
                .containsExactly(fixture("twins/funkloch-2025-kw23.html"));
    }

    /** Failed before: the Subject and From became title and publication, so the twins were two issues. */
    @Test
    void theIssuesOwnTitleAndPublicationWinOverTheMailHeaders() throws IOException {
        String eml = Files.readString(FIXTURES.resolve("twins/funkloch-2025-kw23.eml"), StandardCharsets.UTF_8)
                .replace("Subject: =?utf-8?q?KW23_-_Zwei_Wege=2C_eine_Ausgabe?=", "Subject: Ihre Ausgabe diese Woche")
                .replace(
                        "From: =?UTF-8?Q?Funkloch_Digital?= <post@funkloch.example>",
                        "From: Redaktion <post@funkloch.example>");
        FileResult mail = reader.readFile("mail.eml", eml.getBytes(StandardCharsets.UTF_8));
        FileResult html = read("twins/funkloch-2025-kw23.html");
        assertThat(mail.issues()).singleElement().satisfies(parsed -> {
            assertThat(parsed.issue().id()).isEqualTo("funkloch-digital-2025-w23");
            assertThat(parsed.issue().title()).isEqualTo("Zwei Wege, eine Ausgabe");
            assertThat(parsed.issue().publication()).isEqualTo("Funkloch Digital");
            assertThat(parsed.warnings()).noneMatch(w -> w.contains("title line"));
        });
        assertThat(itemIds(mail)).isEqualTo(itemIds(html));
    }

    @Test
    void legacyEncodingsBomAndMojibakeAllReadClean() throws IOException {
        FileResult cp1252 = read("encodings/funkloch-2025-kw22-windows-1252.txt");
        assertThat(itemIds(cp1252))
                .containsExactly(
                        "funkloch-digital-2025-w22-kartenzahlung-kostet-haendler-mehr",
                        "funkloch-digital-2025-w22-baeckerei-fuehrt-vorbestellung-per-app-ein",
                        "funkloch-digital-2025-w22-staedte-zaehlen-radfahrer-automatisch");
        assertThat(cp1252.issues().get(0).issue().title()).isEqualTo("Ärger über Gebühren");
        assertThat(cp1252.issues().get(0).issue().items().get(0).body())
                .contains("Gebühren für Zahlungen mit Karte – manche verlangen nun 10 € Mindestumsatz.");
        FileResult latin1 = read("encodings/funkloch-2025-kw33-latin1.html");
        assertThat(itemIds(latin1))
                .containsExactly(
                        "funkloch-digital-2025-w33-eichamt-prueft-smarte-zaehler",
                        "funkloch-digital-2025-w33-landwirte-teilen-wetterstationen");
        assertThat(latin1.issues().get(0).issue().title()).isEqualTo("Größe, Maße, Gewichte");
        FileResult bom = read("encodings/funkloch-2025-kw34-bom.txt");
        assertThat(itemIds(bom))
                .containsExactly(
                        "funkloch-digital-2025-w34-texteditoren-einigen-sich-auf-utf-8",
                        "funkloch-digital-2025-w34-schriftarten-fuer-minderheitensprachen");
        FileResult mojibake = read("encodings/funkloch-2025-kw35-mojibake.txt");
        assertThat(itemIds(mojibake))
                .containsExactly(
                        "funkloch-digital-2025-w35-wenn-umlaute-zu-hieroglyphen-werden",
                        "funkloch-digital-2025-w35-suchmaschine-findet-groessenangaben");
        assertThat(mojibake.issues().get(0).issue().items().get(1).emoji()).isEqualTo("🔍");
        assertThat(mojibake.issues().get(0).warnings())
                .containsExactly("repaired 15 characters of UTF-8 that had been read as windows-1252");
        for (FileResult result : List.of(cp1252, latin1, bom, mojibake)) {
            assertThat(result.problems()).isEmpty();
            assertNoMojibake(result);
        }
    }

    @Test
    void noFixtureLetsMojibakeThrough() throws IOException {
        for (String name : List.of(
                "funkloch-2025.mbox",
                "funkloch-feed.rss",
                "funkloch-atom.xml",
                "funkloch-digital-export.zip",
                "twins/funkloch-2025-kw23.eml")) {
            assertNoMojibake(read(name));
        }
    }

    static final java.nio.file.Path FIXTURES =
            java.nio.file.Path.of("src/test/resources/fixtures/formats").toAbsolutePath();

    private static void assertNoMojibake(FileResult result) {
        for (ParsedIssue parsed : result.issues()) {
            Issue issue = parsed.issue();
            assertThat(issue.title() + issue.publication()).doesNotContain("Ã", "â€", "\uFFFD");
            for (Item item : issue.items()) {
                assertThat(item.headline() + item.body() + item.emoji())
                        .as(item.id())
                        .doesNotContain("Ã", "â€", "Â", "ðŸ", "\uFFFD");
            }
        }
    }

    private FileResult read(String name) throws IOException {
        try (InputStream in =
                Objects.requireNonNull(getClass().getResourceAsStream("/fixtures/formats/" + name), name)) {
            return reader.readFile(fixture(name), in.readAllBytes());
        }
    }

    private static String fixture(String name) {
        return FIXTURES.resolve(name).toString();
    }

    private static List<String> itemIds(FileResult result) {
        return result.issues().stream()
                .flatMap(p -> p.issue().items().stream())
                .map(Item::id)
                .toList();
    }
}
