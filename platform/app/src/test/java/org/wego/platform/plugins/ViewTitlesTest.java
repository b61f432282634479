package org.wego.platform.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Access;
import org.wego.plugin.api.ui.ViewContribution;

class ViewTitlesTest {

    private static final Set<String> ENGLISH = Set.of("training.programmes.title", "training.statistics.title");
    private static final Set<String> KOREAN = Set.of("training.programmes.title");

    @Test
    void aViewWhoseTitleBothBundlesTranslateIsFine() {
        var view = new ViewContribution(
                "training/programmes", Div.class, Access.forAllRoles(), "training.programmes.title");

        assertThat(ViewTitles.problems(List.of(view), ENGLISH, KOREAN)).isEmpty();
    }

    @Test
    @SuppressWarnings("deprecation")
    void aViewWithoutATitleOrWithAnUntranslatedOneIsRefusedWithTheReason() {
        var untitled = new ViewContribution("training/upload", Div.class, Access.forAllRoles());
        var englishOnly = new ViewContribution(
                "training/statistics", Div.class, Access.forAllRoles(), "training.statistics.title");
        var nowhere = new ViewContribution("training/trainees", Div.class, Access.forAllRoles(), "training.trainees");

        assertThat(ViewTitles.problems(List.of(untitled, englishOnly, nowhere), ENGLISH, KOREAN))
                .containsExactly(
                        "view 'training/upload' has no title: name a title key (WCAG 2.4.2, page titled)",
                        "the title key 'training.statistics.title' of view 'training/statistics' is missing in the Korean bundle",
                        "the title key 'training.trainees' of view 'training/trainees' is missing in the English and the Korean bundle");
    }

    @Test
    void aBlankTitleKeyIsRefusedWhereTheViewIsDeclared() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new ViewContribution("training", Div.class, Access.forAllRoles(), " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title key of view 'training' is blank");
    }
}
