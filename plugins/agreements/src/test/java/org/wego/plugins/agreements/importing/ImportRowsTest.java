package org.wego.plugins.agreements.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.Spreadsheet;
import org.wego.plugin.testkit.TestRegistry;
import org.wego.plugins.agreements.register.AgreementKind;
import org.wego.plugins.agreements.register.Status;

/** Each imported row is checked whole: every problem with its row number and column, or one agreement. */
class ImportRowsTest {

    private static final TestRegistry REGISTRY = TestRegistry.of(
            TestRegistry.organisation("vn-hanoi", OrganisationType.CITY, "Hanoi", "하노이", "VN"),
            TestRegistry.organisation("pa-world-bank", OrganisationType.PARTNER, "World Bank", "세계은행", null));

    private static final Map<String, AgreementKind> KINDS = Map.of(
            "mou", AgreementKind.MOU, "memorandum of understanding", AgreementKind.MOU, "양해각서", AgreementKind.MOU);

    private static ImportRows.Checked check(int number, String... cells) {
        return ImportRows.check(
                new Spreadsheet.Row(number, List.of(cells)), KINDS, ImportRowsTest::byName, REGISTRY::byKey);
    }

    private static Optional<Organisation> byName(String name) {
        return REGISTRY
                .search(new org.wego.plugin.api.OrganisationDirectory.Query(null, null, null, null, null, null, 0, 500))
                .stream()
                .filter(o -> o.nameEn().equalsIgnoreCase(name) || o.nameKo().equals(name))
                .findFirst();
    }

    @Test
    void aGoodRowIsOneSignedAgreementWithItsPartiesByKeyOrExactName() {
        var row = check(3, "양해각서", "Smart city MOU", "", "vn-hanoi; 세계은행", "2019", "", "", "", "90", "", "");

        assertThat(row.problems()).isEmpty();
        assertThat(row.input()).isNotNull();
        assertThat(row.input().parties()).containsExactly("vn-hanoi", "pa-world-bank");
        assertThat(row.input().stage()).isEqualTo(Status.SIGNED);
        assertThat(row.input().signedYear()).isEqualTo(2019);
        assertThat(row.input().noticeDays()).isEqualTo(90);
    }

    @Test
    void aRowWithoutAYearSignedIsADraft() {
        var row = check(4, "MOU", "", "협약", "Hanoi", "", "", "", "", "", "", "");

        assertThat(row.input()).isNotNull();
        assertThat(row.input().stage()).isEqualTo(Status.DRAFT);
    }

    @Test
    void everyProblemOfARowIsListedWithItsRowNumberAndColumn() {
        var row = check(7, "treaty", "Bad row", "", "Atlantis; vn-hanoi", "twenty", "2019-02-30", "", "", "", "", "");

        assertThat(row.valid()).isFalse();
        assertThat(row.problems())
                .extracting(ImportRows.Problem::row, ImportRows.Problem::column, ImportRows.Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(7, ImportColumn.KIND, "agreements.import.invalid.kind"),
                        org.assertj.core.groups.Tuple.tuple(7, ImportColumn.PARTIES, "agreements.import.invalid.party"),
                        org.assertj.core.groups.Tuple.tuple(
                                7, ImportColumn.SIGNED_YEAR, "agreements.import.invalid.number"),
                        org.assertj.core.groups.Tuple.tuple(
                                7, ImportColumn.SIGNED_DATE, "agreements.import.invalid.date"));
    }

    @Test
    void theRegistersOwnRulesApplyAfterTheCells() {
        var noTitle = check(9, "MOU", "", "", "vn-hanoi", "2019", "", "", "", "", "", "");
        var expiryFirst = check(10, "MOU", "T", "", "vn-hanoi", "2020", "2020-05-01", "", "2019-01-01", "", "", "");
        var noParty = check(11, "MOU", "T", "", "", "2020", "", "", "", "", "", "");

        assertThat(noTitle.problems())
                .extracting(ImportRows.Problem::messageKey)
                .containsExactly("agreements.invalid.title");
        assertThat(noTitle.problems().getFirst().column()).isEqualTo(ImportColumn.TITLE_EN);
        assertThat(expiryFirst.problems())
                .extracting(ImportRows.Problem::column)
                .containsExactly(ImportColumn.EXPIRY);
        assertThat(noParty.problems())
                .extracting(ImportRows.Problem::messageKey)
                .containsExactly("agreements.invalid.no-party");
    }

    @Test
    void theTemplatesNotesRowIsSkipped() {
        assertThat(ImportRows.isNote(new Spreadsheet.Row(2, List.of("# MOU, …", ""))))
                .isTrue();
        assertThat(ImportRows.isNote(new Spreadsheet.Row(3, List.of("MOU", ""))))
                .isFalse();
    }
}
