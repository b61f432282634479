package __PACKAGE__;

import org.springframework.stereotype.Component;
import org.wego.plugin.api.DemoData;
import org.wego.plugin.api.DemoDataContext;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;

/**
 * The demo data of {@code ./wego run --demo}: one item, added through {@link Items} as the secretariat
 * would (so it is checked and audited), titled "Demo …" and flagged. The platform loads it once, and
 * only into the database {@code --demo} made; a normal run never calls it.
 */
@Component
class __NAME__Demo implements DemoData {

    static final String TITLE = "Demo __TITLE_LOWER__ item";

    private final Items items;

    __NAME__Demo(Items items) {
        this.items = items;
    }

    @Override
    public void load(DemoDataContext demo) {
        demo.as(Role.SECRETARIAT, OrganisationKey.of("wego-secretariat"), () -> items.add(TITLE))
                .ifPresent(problem -> {
                    throw new IllegalStateException("the demo item was refused: " + problem);
                });
        Item item = items.latest(1).getFirst();
        demo.flag("item", Long.toString(item.id()), item.title());
    }
}
