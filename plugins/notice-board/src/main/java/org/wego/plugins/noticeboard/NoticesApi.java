package org.wego.plugins.noticeboard;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wego.plugin.api.ApiAccess;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Role;

/**
 * The notice board's REST endpoint, {@code GET /api/v1/notices}: the newest published notices for
 * every role, as on the board. The platform maps it while the plugin runs, behind its bearer-token
 * chain, checks {@link ApiAccess} before it runs, turns {@link InvalidInputException} into a
 * translated 400 problem, and lists it in the OpenAPI document.
 */
@RestController
@RequestMapping("/api/v1/notices")
@ApiAccess(roles = {Role.SECRETARIAT, Role.REGIONAL_OFFICE, Role.MEMBER_CITY})
class NoticesApi {

    static final int MAX_COUNT = 100;

    private final Notices notices;

    NoticesApi(Notices notices) {
        this.notices = notices;
    }

    /** The newest published notices, newest first; {@code count} between 1 and 100. */
    @GetMapping
    List<Notice> latest(@RequestParam(defaultValue = "20") int count) {
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidInputException("count", "notice-board.api.count", MAX_COUNT);
        }
        return notices.latest(count);
    }
}
