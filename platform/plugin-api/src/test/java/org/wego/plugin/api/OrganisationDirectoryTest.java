package org.wego.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A directory written before 1.1 keeps compiling and answers no partner kinds rather than failing. */
class OrganisationDirectoryTest {

    @Test
    void aDirectoryThatRecordsNoKindsAnswersAnEmptyMap() {
        OrganisationDirectory before11 = new OrganisationDirectory() {
            @Override
            public Optional<Organisation> byKey(OrganisationKey key) {
                return Optional.empty();
            }

            @Override
            public Optional<Organisation> byId(long id) {
                return Optional.empty();
            }

            @Override
            public List<Organisation> search(Query query) {
                return List.of();
            }

            @Override
            public int count(Query query) {
                return 0;
            }

            @Override
            public List<Organisation> membersOfRegion(OrganisationKey regionalOffice) {
                return List.of();
            }

            @Override
            public boolean isInScopeOf(@Nullable SignedInUser user, Organisation organisation) {
                return false;
            }

            @Override
            public Map<OrganisationKey, LocalDate> joinDates() {
                return Map.of();
            }
        };

        assertThat(before11.partnerKinds()).isEmpty();
    }
}
