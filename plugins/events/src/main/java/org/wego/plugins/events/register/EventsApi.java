package org.wego.plugins.events.register;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.wego.plugin.api.ApiAccess;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Role;

/**
 * {@code GET /api/v1/events} (a page of the register, newest first, by year and WeGO's role) and {@code GET
 * /api/v1/events/{id}}: for every role, as on the list. Dates: {@code year} always, {@code startDate} and
 * {@code endDate} only when known ({@code null} for an event known by its year).
 */
@RestController
@RequestMapping("/api/v1/events")
@ApiAccess(roles = {Role.SECRETARIAT, Role.REGIONAL_OFFICE, Role.MEMBER_CITY})
class EventsApi {

    private final Events events;

    EventsApi(Events events) {
        this.events = events;
    }

    /** One event as the API gives it. */
    record EventItem(
            long id,
            @Nullable String titleEn,
            @Nullable String titleKo,
            int year,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable String city,
            @Nullable String country,
            @Nullable HostKind hostKind,
            @Nullable String hostOrganisation,
            @Nullable String hostName,
            @Nullable WegoRole wegoRole,
            List<String> topics,
            List<String> participants,
            @Nullable String link,
            @Nullable String source,
            long version) {

        static EventItem of(Event e) {
            return new EventItem(
                    e.id(),
                    e.titleEn(),
                    e.titleKo(),
                    e.start().year(),
                    e.start().date(),
                    e.end(),
                    e.city(),
                    e.country(),
                    e.hostKind(),
                    e.hostOrganisation(),
                    e.hostName(),
                    e.role(),
                    e.topics(),
                    e.participants(),
                    e.link(),
                    e.source(),
                    e.version());
        }
    }

    /** A page of events, newest first; {@code year} and {@code role} filter, {@code size} from 1 to 100. */
    @GetMapping
    List<EventItem> list(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable WegoRole role,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (size < 1 || size > Events.MAX_PAGE) {
            throw new InvalidInputException("size", "events.api.size", Events.MAX_PAGE);
        }
        if (page < 0 || page > 100_000) {
            throw new InvalidInputException("page", "events.api.page");
        }
        return events.list(new Events.Filter(year, role, false, null, page * size, size)).stream()
                .map(EventItem::of)
                .toList();
    }

    /** One event; 404 when there is none. */
    @GetMapping("/{id}")
    EventItem one(@PathVariable long id) {
        return events.find(id).map(EventItem::of).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
