package __PACKAGE__;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wego.plugin.api.ApiAccess;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Role;

/**
 * {@code GET /api/v1/__PLUGIN_ID__/items}: the newest items, for every role. The platform maps it while the
 * plugin runs, checks {@link ApiAccess} and the caller's token before it runs, and turns
 * {@link InvalidInputException} into a translated 400 answer.
 */
@RestController
@RequestMapping("/api/v1/__PLUGIN_ID__/items")
@ApiAccess(roles = {Role.SECRETARIAT, Role.REGIONAL_OFFICE, Role.MEMBER_CITY})
class ItemsApi {

    static final int MAX_COUNT = 100;

    private final Items items;

    ItemsApi(Items items) {
        this.items = items;
    }

    /** The newest items first; {@code count} between 1 and 100. */
    @GetMapping
    List<Item> latest(@RequestParam(defaultValue = "20") int count) {
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidInputException("count", "__PLUGIN_ID__.api.count", MAX_COUNT);
        }
        return items.latest(count);
    }
}
