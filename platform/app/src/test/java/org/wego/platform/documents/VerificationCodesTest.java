package org.wego.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {

    @Test
    void aCodeIsTwelveCharactersOfCrockfordsAlphabet() {
        String code = VerificationCodes.generate(new SplittableRandom(7));
        assertThat(code).hasSize(12).matches("[0-9A-HJKMNP-TV-Z]{12}");
    }

    @Test
    void whatPeopleTypeIsForgivenAsPaperInvitesIt() {
        assertThat(VerificationCodes.normalised(" 7k2m-q9xd-4hrt ")).contains("7K2MQ9XD4HRT");
        assertThat(VerificationCodes.normalised("OOOO-IIII-LLLL")).contains("000011111111");
    }

    @Test
    void whatCannotBeACodeIsNothing() {
        assertThat(VerificationCodes.normalised(null)).isEmpty();
        assertThat(VerificationCodes.normalised("7K2M-Q9XD")).isEmpty();
        assertThat(VerificationCodes.normalised("7K2M-Q9XD-4HRU"))
                .as("U is not in the alphabet")
                .isEmpty();
        assertThat(VerificationCodes.normalised("x".repeat(41))).isEmpty();
        assertThat(VerificationCodes.normalised("<script>alert(1)</script>")).isEmpty();
    }
}
