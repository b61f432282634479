package org.wego.plugins.events.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.DateOrYear;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.SearchPatterns;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.TopicChoices;

/**
 * The register of international events: every signed-in user reads it; the secretariat records, changes
 * and deletes events. Checked here, not in the views; each change is one transaction with its audit entry;
 * a change made on a stale copy is refused (optimistic locking on {@code version}).
 */
@Component
@Transactional
public class Events {

    /** The permission to record, change and delete events (the secretariat). */
    public static final String MANAGE = "events.event.manage";

    static final String ENTITY = "events.event";

    /** The most events one API page returns. */
    public static final int MAX_PAGE = 100;

    private static final String COLUMNS = """
            id, title_en, title_ko, event_year, start_date, end_date, city, country, host_kind, host_organisation,
            host_name, wego_role, link, source, updated_by, updated_at, version""";

    private final PluginContext platform;
    private final JdbcClient jdbc;

    Events(PluginContext platform) {
        this.platform = platform;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /**
     * Which events to read: a year, WeGO's role ({@code notRecorded} for events without one), words of a
     * title, city or host; a page of them, newest first.
     */
    public record Filter(
            @Nullable Integer year,
            @Nullable WegoRole role,
            boolean roleNotRecorded,
            @Nullable String text,
            int offset,
            int limit) {

        /** Every event, the first {@code limit}. */
        public static Filter all(int limit) {
            return new Filter(null, null, false, null, 0, limit);
        }
    }

    /** Events matching the filter, newest first (by year, then day; year-only events first within a year). */
    @Transactional(readOnly = true)
    public List<Event> list(Filter filter) {
        platform.requireUser();
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (filter.year() != null) {
            where.add("event_year = :year");
            params.put("year", filter.year());
        }
        if (filter.roleNotRecorded()) {
            where.add("wego_role IS NULL");
        } else if (filter.role() != null) {
            where.add("wego_role = :role");
            params.put("role", filter.role().name());
        }
        String text = filter.text() == null ? "" : filter.text().strip();
        if (!text.isEmpty()) {
            params.put("text", SearchPatterns.containing(text)); // "%" and "_" typed are text, not wildcards
            where.add("(title_en LIKE :text OR title_ko LIKE :text OR city LIKE :text OR host_name LIKE :text)");
        }
        params.put("offset", filter.offset());
        params.put("limit", filter.limit());
        String sql = "SELECT " + COLUMNS + " FROM events_event"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY event_year DESC, start_date DESC, id DESC LIMIT :limit OFFSET :offset";
        return withDetails(jdbc.sql(sql).params(params).query(Events::row).list());
    }

    /** One event, for any signed-in user. */
    @Transactional(readOnly = true)
    public Optional<Event> find(long id) {
        platform.requireUser();
        return read(id);
    }

    /** One event, for a caller that checked its reader (the record resolver is given the viewer). */
    @Transactional(readOnly = true)
    Optional<Event> read(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM events_event WHERE id = :id")
                .param("id", id)
                .query(Events::row)
                .optional()
                .map(event -> withDetails(List.of(event)).getFirst());
    }

    /** The events an organisation took part in or hosted as a member, newest first. */
    @Transactional(readOnly = true)
    public List<Event> ofOrganisation(String organisationKey) {
        platform.requireUser();
        return withDetails(jdbc.sql("SELECT " + COLUMNS + """
                         FROM events_event WHERE id IN (SELECT event_id FROM events_participant WHERE organisation_key = :key)
                            OR host_organisation = :key
                        ORDER BY event_year DESC, start_date DESC, id DESC""")
                .param("key", organisationKey)
                .query(Events::row)
                .list());
    }

    /** Whether the signed-in user may record and change events. */
    @Transactional(readOnly = true)
    public boolean mayManage() {
        return platform.currentUser()
                .map(user -> platform.permissions().isAllowed(user, MANAGE))
                .orElse(false);
    }

    /**
     * Records an event.
     *
     * @return the new event's id
     * @throws InvalidInputException on the field refused
     */
    public long create(EventInput input) {
        SignedInUser user = requireManager();
        EventInput clean = checked(input, Set.of());
        var keys = new GeneratedKeyHolder();
        Map<String, Object> params = params(clean, user);
        jdbc.sql("""
                        INSERT INTO events_event (title_en, title_ko, event_year, start_date, end_date, city, country,
                            host_kind, host_organisation, host_name, wego_role, link, created_by, created_at,
                            updated_by, updated_at)
                        VALUES (:titleEn, :titleKo, :year, :start, :end, :city, :country, :hostKind,
                            :hostOrganisation, :hostName, :role, :link, :by, :at, :by, :at)""").params(params).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        saveLists(id, clean);
        platform.audit().record(ENTITY, Long.toString(id), null, clean);
        return id;
    }

    /**
     * Changes an event the user read at {@code version}.
     *
     * @throws InvalidInputException on the field refused; {@code events.stale} (no field) when someone saved
     *     the event since, {@code events.not-found} when it was deleted
     */
    public Event update(long id, long version, EventInput input) {
        SignedInUser user = requireManager();
        Event before = find(id).orElseThrow(() -> new InvalidInputException(null, "events.not-found"));
        EventInput clean = checked(input, Set.copyOf(before.topics()));
        Map<String, Object> params = params(clean, user);
        params.put("id", id);
        params.put("version", version);
        int changed = jdbc.sql("""
                        UPDATE events_event SET title_en = :titleEn, title_ko = :titleKo, event_year = :year,
                            start_date = :start, end_date = :end, city = :city, country = :country,
                            host_kind = :hostKind, host_organisation = :hostOrganisation, host_name = :hostName,
                            wego_role = :role, link = :link, updated_by = :by, updated_at = :at,
                            version = version + 1
                        WHERE id = :id AND version = :version""").params(params).update();
        if (changed != 1) {
            throw new InvalidInputException(null, "events.stale", before.updatedBy());
        }
        jdbc.sql("DELETE FROM events_event_topic WHERE event_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM events_participant WHERE event_id = :id")
                .param("id", id)
                .update();
        saveLists(id, clean);
        platform.audit().record(ENTITY, Long.toString(id), before, clean);
        return find(id).orElseThrow();
    }

    /**
     * Deletes an event the user read at {@code version}, with its documents.
     *
     * @throws InvalidInputException {@code events.stale} when someone saved it since
     */
    public void delete(long id, long version) {
        requireManager();
        Event before = find(id).orElseThrow(() -> new InvalidInputException(null, "events.not-found"));
        if (before.version() != version) {
            throw new InvalidInputException(null, "events.stale", before.updatedBy());
        }
        for (DocumentKind kind : DocumentKind.values()) {
            for (var file : platform.attachments().list(kind.entity(), Long.toString(id))) {
                platform.attachments()
                        .versions(file.id())
                        .forEach(v -> platform.attachments().delete(v.id()));
            }
        }
        int deleted = jdbc.sql("DELETE FROM events_event WHERE id = :id AND version = :version")
                .param("id", id)
                .param("version", version)
                .update();
        if (deleted != 1) {
            throw new InvalidInputException(null, "events.stale", before.updatedBy());
        }
        platform.audit().record(ENTITY, Long.toString(id), before, null);
    }

    /** Events per year and WeGO's role (the key {@code null}: not recorded), for the statistics. */
    @Transactional(readOnly = true)
    public Map<Integer, Map<@Nullable WegoRole, Long>> countsByYearAndRole() {
        platform.requireUser();
        var counts = new LinkedHashMap<Integer, Map<@Nullable WegoRole, Long>>();
        jdbc.sql("""
                        SELECT event_year, wego_role, COUNT(*) AS events FROM events_event
                        GROUP BY event_year, wego_role ORDER BY event_year""").query(rs -> {
            String role = rs.getString("wego_role");
            counts.computeIfAbsent(rs.getInt("event_year"), year -> new HashMap<>())
                    .put(role == null ? null : WegoRole.valueOf(role), rs.getLong("events"));
        });
        return counts;
    }

    private EventInput checked(EventInput input, Set<String> storedTopics) {
        return EventRules.check(
                input,
                TopicChoices.of(platform.topics()),
                storedTopics,
                key -> platform.organisations().byKey(key));
    }

    private SignedInUser requireManager() {
        SignedInUser user = platform.requireUser();
        platform.permissions().require(user, MANAGE);
        return user;
    }

    private Map<String, Object> params(EventInput clean, SignedInUser user) {
        var params = new HashMap<String, Object>();
        params.put("titleEn", clean.titleEn());
        params.put("titleKo", clean.titleKo());
        params.put("year", clean.year());
        params.put("start", clean.start());
        params.put("end", clean.end());
        params.put("city", clean.city());
        params.put("country", clean.country());
        params.put(
                "hostKind", clean.hostKind() == null ? null : clean.hostKind().name());
        params.put("hostOrganisation", clean.hostOrganisation());
        params.put("hostName", clean.hostName());
        params.put("role", clean.role() == null ? null : clean.role().name());
        params.put("link", clean.link());
        params.put("by", user.displayName());
        params.put("at", LocalDateTime.now(platform.clock()));
        return params;
    }

    private void saveLists(long id, EventInput clean) {
        for (String topic : clean.topics()) {
            jdbc.sql("INSERT INTO events_event_topic (event_id, topic_code) VALUES (:id, :topic)")
                    .param("id", id)
                    .param("topic", topic)
                    .update();
        }
        for (String participant : clean.participants()) {
            jdbc.sql("INSERT INTO events_participant (event_id, organisation_key) VALUES (:id, :key)")
                    .param("id", id)
                    .param("key", participant)
                    .update();
        }
    }

    /** Adds topics and participants to events read without them: two queries for the whole list. */
    private List<Event> withDetails(List<Event> events) {
        if (events.isEmpty()) {
            return events;
        }
        var ids = events.stream().map(Event::id).toList();
        Map<Long, List<String>> topics = lists("SELECT event_id, topic_code FROM events_event_topic", ids);
        Map<Long, List<String>> participants = lists("SELECT event_id, organisation_key FROM events_participant", ids);
        return events.stream()
                .map(e -> e.withLists(
                        topics.getOrDefault(e.id(), List.of()), participants.getOrDefault(e.id(), List.of())))
                .toList();
    }

    private Map<Long, List<String>> lists(String select, List<Long> ids) {
        var byEvent = new HashMap<Long, List<String>>();
        jdbc.sql(select + " WHERE event_id IN (:ids) ORDER BY 2")
                .param("ids", ids)
                .query(rs -> {
                    byEvent.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return byEvent;
    }

    private static Event row(ResultSet rs, int row) throws SQLException {
        LocalDate start = rs.getObject("start_date", LocalDate.class);
        int year = rs.getInt("event_year");
        String hostKind = rs.getString("host_kind");
        String role = rs.getString("wego_role");
        return new Event(
                rs.getLong("id"),
                rs.getString("title_en"),
                rs.getString("title_ko"),
                start == null ? DateOrYear.ofYear(year) : DateOrYear.of(start),
                rs.getObject("end_date", LocalDate.class),
                rs.getString("city"),
                rs.getString("country"),
                hostKind == null ? null : HostKind.valueOf(hostKind),
                rs.getString("host_organisation"),
                rs.getString("host_name"),
                role == null ? null : WegoRole.valueOf(role),
                rs.getString("link"),
                List.of(),
                List.of(),
                rs.getString("source"),
                rs.getString("updated_by"),
                rs.getObject("updated_at", LocalDateTime.class),
                rs.getLong("version"));
    }
}
