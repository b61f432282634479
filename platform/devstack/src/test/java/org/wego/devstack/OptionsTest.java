package org.wego.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void startsEverythingUnlessAPartIsLeftOut() {
        Options options = Options.parse(List.of("--mode=run", "--no-mail"));

        assertThat(options.mode()).isEqualTo(Mode.RUN);
        assertThat(options.db()).isTrue();
        assertThat(options.keycloak()).isTrue();
        assertThat(options.mail()).isFalse();
        assertThat(options.nothingToStart()).isFalse();
    }

    @Test
    void readsTheRealmFolder() {
        assertThat(Options.parse(List.of("--mode=test", "--realm-dir=/tmp/realm"))
                        .realmDir())
                .isEqualTo(Path.of("/tmp/realm"));
    }

    @Test
    void refusesAMissingModeOrAnUnknownArgument() {
        assertThatThrownBy(() -> Options.parse(List.of("--no-db")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--mode=run or --mode=test");
        assertThatThrownBy(() -> Options.parse(List.of("--mode=prod")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown mode 'prod'");
        assertThatThrownBy(() -> Options.parse(List.of("--mode=run", "--fast")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("'--fast'");
    }

    @Test
    void leavingEverythingOutLeavesNothingToStart() {
        assertThat(Options.parse(List.of("--mode=run", "--no-db", "--no-keycloak", "--no-mail"))
                        .nothingToStart())
                .isTrue();
    }
}
