package de.nachlese.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Weeks are read back exactly as written ("2025-W05"); a 53rd week exists only in the years that have one. */
class IsoWeekTest {

    @Test
    void readsTheFormItWrites() {
        assertThat(IsoWeek.parse("2025-W05")).isEqualTo(new IsoWeek(2025, 5));
        assertThat(IsoWeek.parse(" 2025-W05 ")).isEqualTo(new IsoWeek(2025, 5));
        assertThat(IsoWeek.parse("2026-W53")).isEqualTo(new IsoWeek(2026, 53));
        assertThat(IsoWeek.parse(new IsoWeek(2024, 52).toString())).isEqualTo(new IsoWeek(2024, 52));
        assertThat(IsoWeek.of(LocalDate.of(2026, 12, 31))).isEqualTo(new IsoWeek(2026, 53));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "2025-W5", "25-W05", "2025-w05", "2025W05", "2025-W5x", "2O25-W05", "2025-W00", "2025-W53"})
    void rejectsAnythingElse(String text) {
        assertThatThrownBy(() -> IsoWeek.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> IsoWeek.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
