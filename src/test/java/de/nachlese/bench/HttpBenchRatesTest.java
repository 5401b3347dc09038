package de.nachlese.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The open-loop rates the HTTP benchmark offers: shares of the closed-loop throughput, and the target's 1,000/s. */
class HttpBenchRatesTest {

    @Test
    void autoRatesAreQuartersOfTheClosedLoopThroughputAndTheTarget() {
        List<Double> rates = HttpBench.rates(Map.of(), "160.4");
        assertThat(rates).containsExactly(40.0, 80.0, 120.0, 1000.0);
        assertThat(HttpBench.referenceRate(Map.of(), "160.4", rates)).isEqualTo(80.0);
    }

    @Test
    void aServerFasterThanTheTargetIsOfferedRatesAroundItInRisingOrder() {
        List<Double> rates = HttpBench.rates(Map.of("rates", "auto"), "3000");
        assertThat(rates).containsExactly(750.0, 1000.0, 1500.0, 2250.0);
        assertThat(HttpBench.referenceRate(Map.of(), "3000", rates)).isEqualTo(1500.0);
    }

    @Test
    void givenRatesAreKeptAsGivenAndTheMiddleOneIsTheReference() {
        Map<String, String> options = Map.of("rates", "50,100,150");
        List<Double> rates = HttpBench.rates(options, "160");
        assertThat(rates).containsExactly(50.0, 100.0, 150.0);
        assertThat(HttpBench.referenceRate(options, "160", rates)).isEqualTo(100.0);
    }

    @Test
    void aClosedLoopThatServedNothingStillOffersOneRequestPerSecondAndTheTarget() {
        assertThat(HttpBench.rates(Map.of(), "0.0")).containsExactly(1.0, 1000.0);
    }
}
