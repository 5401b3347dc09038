package de.nachlese.tagging;

import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.Tags;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TaggerTest {

    private final Tagger tagger = Tagger.bundled();

    @Test
    void inflectedAndCompoundNamesAreTaggedByRule() {
        Tags tags = tag("Teslas Absatz sinkt, der Nvidia-Chef lacht und OpenAIs Modell rechnet. Musks Plattform ruft.");
        assertThat(tags.companies()).containsExactly("Tesla", "Nvidia", "OpenAI");
        assertThat(tags.people()).containsExactly("Elon Musk");
    }

    @Test
    void namesInsideWordsAreNotTagged() {
        assertThat(tag("Auf der Metaebene diskutiert man über Amazonas-Wälder und Apfelbäume.").companies()).isEmpty();
    }

    @Test
    void aliasesMapToTheCanonicalName() {
        assertThat(tag("Der Facebook-Konzern testet Werbung.").companies()).containsExactly("Meta");
        assertThat(tag("NVIDIA und Softbank investieren.").companies()).containsExactly("Nvidia", "SoftBank");
    }

    @Test
    void ambiguousNamesNeedTheirContext() {
        assertThat(tag("Der Buchstabe X steht für eine Unbekannte.").companies()).isEmpty();
        assertThat(tag("Musk schreibt auf X, was er denkt.").companies()).containsExactly("X");
    }

    @Test
    void topicsComeFromWeightedRules() {
        Item item = new Item("a", 1, ItemType.NEWS, "🤖", "Neues Sprachmodell", "Ein Chatbot für alle.", List.of(), Tags.NONE);
        assertThat(tagger.tag(item).tags().topics()).containsExactly("KI");
        Item earnings = new Item("b", 1, ItemType.EARNINGS, "🖨️", "Quartalsergebnisse der Woche",
                "Montag 27. Januar: SAP (AMC)", List.of(), Tags.NONE);
        assertThat(tagger.tag(earnings).tags().topics()).containsExactly("Earnings");
        assertThat(tagger.tag(earnings).tags().companies()).containsExactly("SAP");
    }

    @Test
    void fingerprintIsADigestOfTheDataAndFollowsItsChanges() {
        assertThat(tagger.fingerprint()).matches("[0-9a-f]{64}").isEqualTo(Tagger.bundled().fingerprint());
        Gazetteer extended = new Gazetteer.Builder()
                .addResource(EntityKind.COMPANY, "/gazetteer/companies.tsv")
                .addResource(EntityKind.PERSON, "/gazetteer/people.tsv")
                .add(new GazetteerEntry(EntityKind.COMPANY, "Beispiel AG", List.of(), List.of(), false))
                .build();
        assertThat(new Tagger(extended).fingerprint()).isNotEqualTo(tagger.fingerprint());
    }

    private Tags tag(String body) {
        return tagger.tag(new Item("x", 1, ItemType.NEWS, "", "Überschrift", body, List.of(), Tags.NONE)).tags();
    }
}
