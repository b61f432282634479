package org.wego.platform.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.SpreadsheetLimits;

/**
 * The crafted files of issue 13 section 3, each refused with its message, reading stopped at the
 * cap (the tally says how far it got). Runs in its own surefire execution in a JVM of 128 MB heap
 * (see the pom): any of these read whole would end in an {@link OutOfMemoryError} there.
 */
@Tag("small-heap")
class UploadBombTest {

    /** The training upload's limits: 1,000 officials plus header and notes, 64 columns, 2 MB. */
    private static final SpreadsheetLimits TRAINING = new SpreadsheetLimits(1011, 64, 2 * 1024 * 1024);

    private final SpreadsheetReader reader = new SpreadsheetReader();
    private final ReadingTally tally = new ReadingTally();

    @BeforeAll
    static void smallHeap() {
        assertThat(Runtime.getRuntime().maxMemory())
                .as("runs in the small-heap execution (-Xmx128m)")
                .isLessThanOrEqualTo(160L * 1024 * 1024);
    }

    @Test
    void aCellAtColumnZzzzzzIsRefusedAtTheFirstCell() {
        byte[] file = CraftedFiles.columnZzzzzz();
        assertThat(file.length).as("about a kilobyte").isLessThan(2048);
        InvalidInputException refusal = refused(file, TRAINING, "spreadsheet.cell.beyond-columns");
        assertThat(refusal.arguments()).containsExactly("ZZZZZZ1", "BL");
        assertThat(tally.cellsSeen()).isEqualTo(1);
        assertThat(english(refusal))
                .isEqualTo(
                        "Cell ZZZZZZ1 lies beyond the last column this upload reads (BL); please remove it or start from the template.");
        // Even a caller declaring every column of Excel never gets beyond XFD.
        refused(
                file,
                new SpreadsheetLimits(1011, SpreadsheetLimits.EXCEL_COLUMNS, 1024 * 1024),
                "spreadsheet.cell.beyond-columns");
    }

    @Test
    void aZipBombThatAdmitsItsSizeIsRefusedBeforeInflatingAByte() {
        byte[] bomb = CraftedFiles.zipBomb();
        assertThat(bomb.length).isLessThan(TRAINING.maxBytes());
        refused(bomb, TRAINING, "spreadsheet.xlsx.too-large");
        assertThat(tally.bytesInflated()).as("the workbook's other parts only").isLessThan(4096);
    }

    @Test
    void aZipBombThatLiesAboutItsSizeIsRefusedOnceItInflatesBeyondIt() {
        refused(CraftedFiles.lyingZipBomb(100_000), TRAINING, "spreadsheet.xlsx.size-mismatch");
        assertThat(tally.bytesInflated())
                .as("the declared 100,000 bytes and one buffer")
                .isLessThan(120_000);
        // Declared within the caps but far more than the ratio allows of its compressed size.
        var second = new ReadingTally();
        assertThatThrownBy(() -> reader.read(CraftedFiles.lyingZipBomb(20_000_000), TRAINING, second))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("spreadsheet.xlsx.ratio"));
        assertThat(second.bytesInflated())
                .as("one megabyte of grace and a buffer")
                .isLessThan(WorkbookParts.RATIO_GRACE + 16_384);
    }

    @Test
    void anEntityBombIsRefusedAtItsDtd() {
        refused(CraftedFiles.entityBomb(), TRAINING, "spreadsheet.xlsx.dtd");
        assertThat(tally.cellsSeen()).as("refused before the first cell").isZero();
    }

    @Test
    void aHundredThousandSharedStringsAreRefusedAtTheCap() {
        refused(CraftedFiles.sharedStrings(100_000), TRAINING, "spreadsheet.xlsx.shared-strings");
        assertThat(tally.sharedStrings()).isEqualTo(WorkbookScan.maxSharedStrings(TRAINING) + 1L);
    }

    @Test
    void aTwoMegabyteCellIsRefusedOnceItPassesTheLimitOfOneCell() {
        byte[] file = CraftedFiles.bigCell(2 * 1024 * 1024);
        refused(file, TRAINING, "spreadsheet.cell.too-long");
        assertThat(tally.cellsSeen()).isEqualTo(1);
    }

    @Test
    void aCsvWithATenMegabyteLineIsRefusedByItsSizeOrAtTheLineCap() {
        byte[] file = CraftedFiles.csvLongLine(10 * 1024 * 1024);
        refused(file, TRAINING, "spreadsheet.file.too-large");
        assertThat(tally.charsRead()).as("not decoded at all").isZero();
        var generous = new SpreadsheetLimits(1011, 64, 16 * 1024 * 1024);
        InvalidInputException refusal = refused(file, generous, "spreadsheet.csv.line-too-long");
        assertThat(refusal.arguments()).containsExactly(2, CsvRows.MAX_LINE_CHARS);
        assertThat(tally.charsRead()).as("stopped at the line cap").isLessThan(CsvRows.MAX_LINE_CHARS + 64L);
    }

    private InvalidInputException refused(byte[] file, SpreadsheetLimits limits, String key) {
        try {
            reader.read(file, limits, tally);
        } catch (InvalidInputException e) {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo("file");
            assertThat(ResourceBundle.getBundle("i18n/spreadsheets", Locale.KOREAN)
                            .getString(key))
                    .isNotBlank();
            return e;
        }
        throw new AssertionError("not refused: " + key + " (" + tally + ")");
    }

    private static String english(InvalidInputException refusal) {
        String pattern =
                ResourceBundle.getBundle("i18n/spreadsheets", Locale.ENGLISH).getString(refusal.messageKey());
        return new java.text.MessageFormat(pattern, Locale.ENGLISH)
                .format(refusal.arguments().toArray());
    }
}
