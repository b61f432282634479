package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wego.teststack.DemoUser;

/**
 * The membership plugin's member directory as people use it: a member-city official searches and
 * filters in English and Korean, without an export; the secretariat exports the filtered members as
 * CSV and the file holds them, with headers in the user's language.
 */
@BrowserTest
class MemberDirectoryIT {

    @Test
    void aMemberCitySearchesAndFiltersTheDirectoryInEnglishAndKorean(Page page, RunningPlatform platform) {
        page.navigate(platform.url(""));
        ShellPage shell = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("nairobi.demo"));
        PlatformTexts texts = shell.texts();
        var directory = MemberDirectoryPage.openFrom(shell, page);
        assertThat(directory.cell("Abu Dhabi")).isVisible(); // every current member, by name
        assertThat(directory.exportCsv()).hasCount(0);

        directory.search("Nai");
        assertThat(directory.cell("Nairobi")).isVisible();
        directory.filter("membership.directory.column.continent", texts.get("continent.AFRICA"));
        assertThat(directory.cell("Nairobi")).isVisible();
        assertThat(directory.total()).containsText("1");
        directory.filter("membership.directory.column.continent", texts.get("continent.EUROPE"));
        assertThat(directory.cell("Nairobi")).hasCount(0);
        assertThat(page.getByText(texts.get("membership.directory.empty"))).isVisible();
        directory.clear("membership.directory.search").clear("membership.directory.column.continent");
        directory.filter("membership.directory.column.type", texts.get("organisation.type.COMPANY"));
        assertThat(directory.cell("T-money")).isVisible();
        assertThat(directory.cell("Seoul")).hasCount(0);
        Screenshots.save(page, "member-directory-member-city-en");
        assertThat(shell.untranslatedKeys()).isEmpty();

        ShellPage korean = shell.switchLanguage(Locale.KOREAN);
        var koreanDirectory = MemberDirectoryPage.openFrom(korean, page);
        koreanDirectory.search("서울");
        assertThat(koreanDirectory.cell("서울")).isVisible();
        Screenshots.save(page, "member-directory-member-city-ko");
        assertThat(korean.untranslatedKeys()).isEmpty();
        korean.switchLanguage(Locale.ENGLISH);
    }

    @Test
    void theSecretariatExportsTheFilteredMembersAsCsv(Page page, RunningPlatform platform) throws IOException {
        page.navigate(platform.url(""));
        ShellPage shell = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("secretariat.demo"));
        PlatformTexts texts = shell.texts();
        var directory = MemberDirectoryPage.openFrom(shell, page);
        directory.filter("membership.directory.column.type", texts.get("organisation.type.COMPANY"));
        assertThat(directory.cell("Hancom")).isVisible();
        Screenshots.save(page, "member-directory-secretariat-en");

        var download = directory.downloadCsv();
        assertThat(download.suggestedFilename()).isEqualTo("wego-members.csv");
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF" + texts.get("membership.directory.column.key") + ",");
        assertThat(csv).contains("co-t-money,T-money,티머니,").contains("co-hancom,Hancom,");
        assertThat(csv.split("\r\n")).hasSize(1 + 6).noneMatch(line -> line.startsWith("kr-seoul,"));

        ShellPage korean = shell.switchLanguage(Locale.KOREAN);
        var koreanDirectory = MemberDirectoryPage.openFrom(korean, page);
        assertThat(koreanDirectory.exportCsv()).isVisible();
        String koreanCsv = Files.readString(koreanDirectory.downloadCsv().path(), StandardCharsets.UTF_8);
        assertThat(koreanCsv).startsWith("\uFEFF키,");
        Screenshots.save(page, "member-directory-secretariat-ko");
        korean.switchLanguage(Locale.ENGLISH);
    }
}
