package org.wego.plugins.events.demo;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.DemoData;
import org.wego.plugin.api.DemoDataContext;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.Topic;
import org.wego.plugins.events.register.EventInput;
import org.wego.plugins.events.register.Events;
import org.wego.plugins.events.register.HostKind;
import org.wego.plugins.events.register.WegoRole;

/**
 * The demo data of {@code ./wego run --demo}: an event WeGO hosts, with days, a place, a topic and two
 * members taking part (Hanoi, whose demo user then finds it on its organisation page), recorded through
 * {@link Events} as the secretariat would (checked and audited), titled "Demo …" and flagged.
 */
@Component
public class EventsDemo implements DemoData {

    static final String TITLE_EN = "Demo WeGO Smart City Week";
    static final String TITLE_KO = "데모 WeGO 스마트시티 주간";
    private static final List<String> MEMBERS = List.of("vn-hanoi", "kr-seoul", "ug-kampala");

    private final Events events;
    private final PluginContext platform;

    EventsDemo(Events events, PluginContext platform) {
        this.events = events;
        this.platform = platform;
    }

    @Override
    public void load(DemoDataContext demo) {
        LocalDate start = LocalDate.now(platform.clock()).plusMonths(2).withDayOfMonth(14);
        long id = demo.as(Role.SECRETARIAT, OrganisationKey.of("wego-secretariat"), () -> {
            var participants = new LinkedHashSet<String>();
            for (String key : MEMBERS) {
                platform.organisations().byKey(OrganisationKey.of(key)).ifPresent(o -> participants.add(key));
            }
            Set<String> topics = platform.topics().current().stream()
                    .limit(1)
                    .map(Topic::code)
                    .collect(java.util.stream.Collectors.toSet());
            // A refusal throws InvalidInputException, which rolls the demo set back.
            return events.create(new EventInput(
                    TITLE_EN,
                    TITLE_KO,
                    start.getYear(),
                    start,
                    start.plusDays(2),
                    "Seoul",
                    "KR",
                    HostKind.WEGO,
                    null,
                    null,
                    WegoRole.HOST,
                    topics,
                    participants,
                    "https://www.we-gov.org"));
        });
        demo.flag("event", Long.toString(id), TITLE_EN);
    }
}
