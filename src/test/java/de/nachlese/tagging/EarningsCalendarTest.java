package de.nachlese.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Calendar lines are cut from the prose, whatever the weekday; text without one comes back as it was. */
class EarningsCalendarTest {

    @Test
    void aWednesdayLineIsACalendarLineToo() {
        assertThat(EarningsCalendar.withoutCalendarLines("Zahlen kommen.\nMittwoch 29. Januar: VISA (AMC)\nEnde."))
                .isEqualTo("Zahlen kommen.\n\nEnde.");
        assertThat(EarningsCalendar.withoutCalendarLines("Am Montag, 3. Februar: Alphabet (AMC)"))
                .isEqualTo("Am Montag, 3. Februar: Alphabet (AMC)");
        assertThat(EarningsCalendar.withoutCalendarLines("  Freitag, 7. Februar 2025: Amazon (AMC)"))
                .isEmpty();
    }

    @Test
    void proseWithoutAWeekdayIsLeftAsItIs() {
        String prose = "Nvidia legt Zahlen vor; Mittwochs-Termine gibt es nicht.";
        assertThat(EarningsCalendar.withoutCalendarLines(prose)).isSameAs(prose);
    }
}
