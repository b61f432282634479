package org.wego.plugins.agreements.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.wego.plugin.api.ApiAccess;
import org.wego.plugin.api.PluginContext;

/**
 * {@code GET /api/v1/agreements/calendar/{token}}: the deadlines of the whole register as an {@code .ics} feed
 * for the secretariat's calendar application, which calls it without signing in. Public in the platform's sense
 * (no bearer token, rate limited as every public call), but answering only for a live secret token made by a
 * user of the secretariat; any other token answers 404, the same for forged, malformed and revoked ones.
 */
@RestController
class DeadlineFeed {

    /** The feed's path; the token follows. */
    static final String PATH = "/api/v1/agreements/calendar/";

    /** How far ahead the feed reaches. */
    static final int YEARS_AHEAD = 5;

    private final PluginContext platform;
    private final FeedTokens tokens;
    private final LiveTerms terms;

    DeadlineFeed(PluginContext platform, FeedTokens tokens, LiveTerms terms) {
        this.platform = platform;
        this.tokens = tokens;
        this.terms = terms;
    }

    /** The feed for a live token; 404 for any other. */
    @GetMapping(PATH + "{token}")
    @ApiAccess(publicAccess = true)
    ResponseEntity<String> feed(@PathVariable String token) {
        Locale language = tokens.language(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        LocalDate today = LocalDate.now(platform.clock());
        List<Deadline> deadlines = Deadline.between(
                terms.from(today),
                List.of(Deadline.Kind.NOTICE, Deadline.Kind.EXPIRY),
                today,
                today.plusYears(YEARS_AHEAD));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "private, no-store")
                .body(DeadlineCalendar.text(platform.calendars(), platform.messages(language), deadlines));
    }
}
