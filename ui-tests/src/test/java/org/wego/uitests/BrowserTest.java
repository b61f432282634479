package org.wego.uitests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class whose methods take a {@link com.microsoft.playwright.Page} (a fresh browser profile
 * per test, in English) and the {@link RunningPlatform}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserTestExtension.class)
@interface BrowserTest {}
