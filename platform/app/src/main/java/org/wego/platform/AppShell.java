package org.wego.platform;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings. Lumo must be named here or it is not loaded (Vaadin 25). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/wego.css")
class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("WeGO Platform");
    }
}
