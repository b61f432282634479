package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wego.teststack.DemoUser;
import org.wego.teststack.PluginJar;

/**
 * The secretariat's plugin administration: the installed notice board runs; uploading the same
 * version again is refused with the reason and changes nothing; an unsigned jar is refused with the
 * reason, and the screen says which keys the platform trusts.
 */
@BrowserTest
class PluginsIT {

    @Test
    void theSecretariatSeesThePluginsAndARefusedUploadSaysWhy(Page page, RunningPlatform platform) {
        page.navigate(platform.url(""));
        ShellPage shell = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("secretariat.demo"));
        PlatformTexts texts = shell.texts();
        shell.openMenu(texts.get("nav.plugins"));
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setLevel(1).setName(texts.get("plugins.title"))))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.GRIDCELL,
                        new Page.GetByRoleOptions().setName("notice-board").setExact(true)))
                .isVisible();
        assertThat(page.getByText(texts.get("plugins.state.STARTED")).first()).isVisible();

        page.locator("vaadin-upload input[type=file]").setInputFiles(RunningPlatform.PLUGINS.getFirst());
        assertThat(page.getByText("not newer than the installed")).isVisible();
        Screenshots.save(page, "plugins-secretariat-en");

        assertThat(page.getByText(texts.get("plugins.state.STARTED")).first()).isVisible();
    }

    @Test
    void anUnsignedJarIsRefusedOnTheScreenWithTheReason(Page page, RunningPlatform platform) throws Exception {
        Path unsigned = PluginJar.plugin("unsigned-upload", "1.0.0")
                .unsigned()
                .buildIn(Files.createTempDirectory("wego-ui-unsigned"));
        page.navigate(platform.url(""));
        ShellPage shell = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("secretariat.demo"));
        shell.openMenu(shell.texts().get("nav.plugins"));
        assertThat(page.locator("#plugin-trust")).containsText("CN=WeGO development key");

        page.locator("vaadin-upload input[type=file]").setInputFiles(unsigned);
        assertThat(page.getByText("unsigned-upload-1.0.0.jar is not signed")).isVisible();
        Screenshots.save(page, "plugins-unsigned-refused-en");
        assertThat(page.getByRole(
                        AriaRole.GRIDCELL,
                        new Page.GetByRoleOptions().setName("unsigned-upload").setExact(true)))
                .hasCount(0);
    }
}
