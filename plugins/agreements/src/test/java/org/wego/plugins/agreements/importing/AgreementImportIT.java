package org.wego.plugins.agreements.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;

/** The import on a real platform, with a file of good and bad rows: checked first, then the valid rows saved. */
@WegoPluginTest
class AgreementImportIT {

    private static final String FILE = """
            Kind / 종류,Title (English) / 제목 (영문),Title (Korean) / 제목 (국문),Counterparties / 상대방,Year signed / 체결 연도,Day signed / 체결일,In effect from / 발효일,Expires on / 만료일,Notice period (days) / 통지 기간 (일),Purpose (English) / 목적 (영문),Purpose (Korean) / 목적 (국문)
            # notes row,,,,,,,,,,
            MOU,Imported smart city MOU,,vn-hanoi,2018,,,,,,
            양해각서,Imported MOU with Hanoi by name,,Hanoi,2018,2018-03-05,,2021-03-04,60,,
            treaty,Bad kind,,vn-hanoi,2018,,,,,,
            MOU,Unknown party,,Atlantis,2018,,,,,,
            MOU,Bad date,,vn-hanoi,2018,2018-02-30,,,,,
            MOU,,,vn-hanoi,2018,,,,,,
            MOU,"Expiry before signing, with a comma",,vn-hanoi,2018,2018-05-01,,2017-01-01,,,
            """;

    private static Map<String, Function<Object[], Object>> plugin;
    private static PluginCalls calls;

    @BeforeAll
    static void calls(RunningPlatform platform) {
        calls = platform.calls();
        plugin = calls.inPlugin(AgreementImport.class, ImportCalls.class);
    }

    @Test
    void everyBadRowIsListedWithItsNumberThenOnlyTheValidRowsAreSavedEachWhole(RunningPlatform platform)
            throws Exception {
        byte[] file = FILE.getBytes(StandardCharsets.UTF_8);
        var jdbc = JdbcClient.create(calls.platformBean(DataSource.class));
        long before = count(jdbc);
        try (var as = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            assertThat(plugin.get("check").apply(new Object[] {file}))
                    .isEqualTo(List.of(
                            "5:KIND:agreements.import.invalid.kind",
                            "6:PARTIES:agreements.import.invalid.party",
                            "7:SIGNED_DATE:agreements.import.invalid.date",
                            "8:TITLE_EN:agreements.invalid.title",
                            "9:EXPIRY:agreements.invalid.expiry-before-start"));
            assertThat(count(jdbc)).as("checking saves nothing").isEqualTo(before);
            assertThat(plugin.get("valid").apply(new Object[] {file})).isEqualTo(2L);
            assertThat(plugin.get("check").apply(new Object[] {"only,a,header\n".getBytes(StandardCharsets.UTF_8)}))
                    .isEqualTo("agreements.import.empty");
            assertThat(plugin.get("template").apply(new Object[0]))
                    .as("the XLSX template reads back: its header, then its notes row skipped")
                    .isEqualTo("agreements.import.empty");

            assertThat(plugin.get("save").apply(new Object[] {file})).isEqualTo(2);

            // The list's XLSX export beside its CSV: the imported rows, readable by the platform's own reader.
            @SuppressWarnings("unchecked")
            var rows = (List<String>) plugin.get("xlsx").apply(new Object[0]);
            assertThat(rows.getFirst()).startsWith("No.|Kind|Title (English)");
            assertThat(rows).anyMatch(row -> row.contains("|Imported smart city MOU|") && row.contains("|Hanoi|"));
        }
        assertThat(count(jdbc)).isEqualTo(before + 2);
        assertThat(jdbc.sql("""
                                SELECT COUNT(*) FROM agreements_agreement a JOIN agreements_party p ON p.agreement_id = a.id
                                WHERE a.title_en LIKE 'Imported %' AND p.organisation_key = 'vn-hanoi' AND a.stage = 'SIGNED'""").query(Long.class).single())
                .as("each saved row whole, with its party")
                .isEqualTo(2);
        long id = jdbc.sql("SELECT id FROM agreements_agreement WHERE title_en = 'Imported smart city MOU'")
                .query(Long.class)
                .single();
        assertThat(calls.auditOf("agreements.agreement", Long.toString(id))).hasSize(1);

        try (var as = calls.as(Role.MEMBER_CITY, OrganisationKey.of("vn-hanoi"))) {
            assertThatThrownBy(() -> plugin.get("check").apply(new Object[] {file}))
                    .isInstanceOf(PermissionDeniedException.class);
        }
    }

    private static long count(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM agreements_agreement")
                .query(Long.class)
                .single();
    }
}
