package org.wego.plugins.training.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CertificateCodesTest {

    @Test
    void aCodeHasTwelveCharactersOfCrockfordBase32AndIsShownInThreeGroups() {
        String code = CertificateCodes.generate();
        assertThat(code).hasSize(12).matches("[0-9A-HJKMNP-TV-Z]{12}");
        assertThat(CertificateCodes.grouped("7K2MQ9XD4HRT")).isEqualTo("7K2M-Q9XD-4HRT");
    }

    @Test
    void codesDoNotRepeatAndUseTheWholeAlphabet() {
        var codes = new HashSet<String>();
        var seen = new HashSet<Character>();
        for (int i = 0; i < 10_000; i++) {
            String code = CertificateCodes.generate(new Random(i));
            codes.add(code);
            code.chars().forEach(c -> seen.add((char) c));
        }
        assertThat(codes).hasSize(10_000);
        assertThat(seen).hasSize(32);
    }

    @Test
    void whatPeopleTypeIsReadForgivinglyButNeverAsAnotherLength() {
        assertThat(CertificateCodes.normalised(" 7k2m-q9xd-4hrt ")).contains("7K2MQ9XD4HRT");
        assertThat(CertificateCodes.normalised("7K2M Q9XD 4HRT")).contains("7K2MQ9XD4HRT");
        // O, I and L are read as the digits they look like
        assertThat(CertificateCodes.normalised("OIL0-0000-0000")).contains("011000000000");
        assertThat(CertificateCodes.normalised("7K2M-Q9XD-4HR")).isEmpty();
        assertThat(CertificateCodes.normalised("7K2M-Q9XD-4HRTT")).isEmpty();
        assertThat(CertificateCodes.normalised("7K2M-Q9XD-4HRU")).isEmpty();
        assertThat(CertificateCodes.normalised("' OR 1=1 --")).isEmpty();
        assertThat(CertificateCodes.normalised(null)).isEmpty();
        assertThat(CertificateCodes.normalised("x".repeat(1000))).isEmpty();
    }

    @Test
    void guessingACodeIsHopeless() {
        // 2^60 codes, a million certificates: over 10^11 guesses for one hit on average.
        assertThat(CertificateCodes.GUESSES_PER_HIT).isGreaterThan(1e11);
    }
}
