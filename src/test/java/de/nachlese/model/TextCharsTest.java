package de.nachlese.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code points XML 1.0 and HTML forbid, counted over all of Unicode, and how a text loses them. */
class TextCharsTest {

    @Test
    void forbidsExactlyControlsSurrogatesAndNoncharacters() {
        List<Integer> forbidden = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (!TextChars.allowed(cp)) {
                forbidden.add(cp);
            }
        }
        // 29 C0 controls (tab, LF, CR allowed), DEL and 32 C1, 2,048 surrogates, 32 + 17 * 2 noncharacters
        assertThat(forbidden).hasSize(29 + 33 + 2_048 + 32 + 34);
        assertThat(forbidden)
                .contains(
                        0x0, 0x7, 0x1B, 0x7F, 0x85, 0x9F, 0xD800, 0xDFFF, 0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE,
                        0x1FFFF, 0x10FFFE, 0x10FFFF);
        assertThat(forbidden).doesNotContain(0x9, 0xA, 0xD, 0x20, 0xA0, 0xFDCF, 0xFDF0, 0xFFFD, 0x1F600, 0x1FFFD);
    }

    @Test
    void cleanDropsForbiddenCodePointsAndKeepsTheRest() {
        assertThat(TextChars.clean("A\u0000B\u0007C\u001BD\uFFFEE\uFFFFF\uFDD0G"))
                .isEqualTo("ABCDEFG");
        assertThat(TextChars.clean("lone \uD800 high, lone \uDC00 low")).isEqualTo("lone  high, lone  low");
        assertThat(TextChars.clean("plane 1 \uD83F\uDFFE gone, emoji 😀 kept"))
                .isEqualTo("plane 1  gone, emoji 😀 kept");
        assertThat(TextChars.clean("tab\tnew\nline\r")).isEqualTo("tab\tnew\nline\r");
        String clean = "Nvidia-Chef „Zitat“";
        assertThat(TextChars.clean(clean)).isSameAs(clean);
        assertThat(TextChars.clean(null)).isNull();
    }
}
