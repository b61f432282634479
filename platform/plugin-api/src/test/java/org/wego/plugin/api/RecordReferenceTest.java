package org.wego.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecordReferenceTest {

    @Test
    void aReferenceIsStoredAsTextAndReadBackTheSame() {
        RecordReference programme = RecordReference.of("training", "programme", 42);
        assertThat(programme.value()).isEqualTo("training:programme:42");
        assertThat(RecordReference.parse(programme.value())).isEqualTo(programme);
    }

    @Test
    void theIdIsTheOwnersAndMayHoldColonsAndAnyText() {
        RecordReference odd = RecordReference.parse("feasibility-studies:study:2026:Seoul -- \"Smart\" O'Neil");
        assertThat(odd.pluginId()).isEqualTo("feasibility-studies");
        assertThat(odd.type()).isEqualTo("study");
        assertThat(odd.id()).isEqualTo("2026:Seoul -- \"Smart\" O'Neil");
    }

    @Test
    void whatCouldNotBeReadBackIsRefused() {
        assertThatThrownBy(() -> RecordReference.parse("training:programme"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecordReference.parse("Training:programme:1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecordReference.parse("training:Programme:1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecordReference.parse("training:programme: "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecordReference.parse("training:programme:1\n2"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecordReference("training", "programme", "x".repeat(200)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
