package org.wego.plugins.membership.governance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The governance records' types: offices, meetings and their agenda items. */
public final class GovernanceRecords {

    private GovernanceRecords() {}

    /** The offices of WeGO's governance a member city holds; labels {@code membership.governance.office.<NAME>}. */
    public enum OfficeKind {
        CHAIR,
        VICE_CHAIR,
        EXECUTIVE_MEMBER;

        public String labelKey() {
            return "membership.governance.office." + name();
        }
    }

    /**
     * The meetings: the executive committee meets every year and approves new members and the
     * budget; the general assembly meets every three years, amends the statutes and elects.
     */
    public enum MeetingKind {
        EXECUTIVE_COMMITTEE(1),
        GENERAL_ASSEMBLY(3);

        private final int everyYears;

        MeetingKind(int everyYears) {
            this.everyYears = everyYears;
        }

        int everyYears() {
            return everyYears;
        }

        public String labelKey() {
            return "membership.governance.meeting." + name();
        }
    }

    /** What an agenda item is about; labels {@code membership.governance.agenda.<NAME>}. */
    public enum AgendaKind {
        MEMBERSHIP_APPLICATION,
        BUDGET,
        STATUTE_CHANGE,
        ELECTION,
        OTHER;

        public String labelKey() {
            return "membership.governance.agenda." + name();
        }
    }

    /** A member city in an office for a term ({@code termEnd} null: open-ended). */
    record Office(
            long id,
            OfficeKind kind,
            String organisationKey,
            LocalDate termStart,
            @Nullable LocalDate termEnd,
            String updatedBy,
            LocalDateTime updatedAt) {}

    /** A meeting with its agenda, in order. */
    public record Meeting(
            long id,
            MeetingKind kind,
            LocalDate date,
            @Nullable String hostOrganisationKey,
            List<AgendaItem> agenda,
            long version) {

        public Meeting {
            agenda = List.copyOf(agenda);
        }
    }

    /**
     * One item of a meeting's agenda; for a membership application, the application and, once
     * recorded, the meeting's decision on it ({@code ACCEPTED} or {@code REJECTED}).
     */
    record AgendaItem(
            long id,
            long meetingId,
            AgendaKind kind,
            String title,
            @Nullable Long applicationId,
            @Nullable String decision,
            @Nullable String decidedBy,
            @Nullable LocalDateTime decidedAt) {}
}
