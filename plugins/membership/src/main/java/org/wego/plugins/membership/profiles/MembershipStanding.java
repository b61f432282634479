package org.wego.plugins.membership.profiles;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationRegistry;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.StatusChange;
import org.wego.plugins.membership.MembershipPlugin;

/**
 * Suspending, ending and reinstating a membership: the secretariat only (checked here, and again by
 * the registry), with a reason and the date it took effect. The change goes through the platform
 * registry, which keeps it in the status history for good (former members stay in history and in
 * the directory) and audits it; the organisation's member-city users are told, each in their
 * language, in the same transaction.
 *
 * <p>The effective date may not lie in the future, nor more than {@link #MAX_BACKDATE_YEARS} year
 * back (older corrections belong in the registry's own screen), nor before the current status began.
 */
@Component
@Transactional
public class MembershipStanding {

    /** How far back an effective date may lie, in years. */
    static final int MAX_BACKDATE_YEARS = 1;

    static final String NOTICE = "membership.standing.notice.";

    /** What the secretariat does to a membership. */
    public enum Action {
        /** Member → suspended. */
        SUSPEND(MembershipStatus.SUSPENDED, Set.of(MembershipStatus.MEMBER)),
        /** Member or suspended → former: the membership ends. */
        END(MembershipStatus.FORMER, Set.of(MembershipStatus.MEMBER, MembershipStatus.SUSPENDED)),
        /** Suspended → member again. */
        REINSTATE(MembershipStatus.MEMBER, Set.of(MembershipStatus.SUSPENDED));

        final MembershipStatus to;
        final Set<MembershipStatus> from;

        Action(MembershipStatus to, Set<MembershipStatus> from) {
            this.to = to;
            this.from = from;
        }

        /** The message key of its label. */
        String labelKey() {
            return "membership.standing.action." + name();
        }
    }

    private final PluginContext platform;

    MembershipStanding(PluginContext platform) {
        this.platform = platform;
    }

    /** Whether the user may suspend, end and reinstate memberships: the secretariat. */
    boolean mayChange(@Nullable SignedInUser user) {
        return user != null && platform.permissions().isAllowed(user, MembershipPlugin.STANDING);
    }

    /** The actions open for an organisation in its current status (none for non-members). */
    List<Action> actionsFor(Organisation organisation) {
        if (!organisation.type().isMemberType()) {
            return List.of();
        }
        return java.util.Arrays.stream(Action.values())
                .filter(a -> a.from.contains(organisation.status()))
                .toList();
    }

    /**
     * The organisation's status history, oldest first, for those who may see its private data (its
     * own users, its regional office, the secretariat); refused for anyone else by the registry.
     */
    @Transactional(readOnly = true)
    List<StatusChange> history(OrganisationKey key) {
        platform.requireUser();
        return platform.registry().statusHistory(key);
    }

    /**
     * Suspends, ends or reinstates a membership, and tells the organisation's users.
     *
     * @return the organisation as it is now
     * @throws PermissionDeniedException for anyone but the secretariat
     * @throws InvalidInputException for an unknown organisation, an action its status does not allow,
     *     an empty or bad reason, or an effective date out of range
     */
    Organisation change(OrganisationKey key, Action action, @Nullable LocalDate effective, @Nullable String reason) {
        SignedInUser user = platform.requireUser();
        if (!mayChange(user)) {
            throw new PermissionDeniedException(MembershipPlugin.STANDING);
        }
        Organisation organisation = platform.organisations()
                .byKey(key)
                .orElseThrow(() -> new InvalidInputException("organisation", "membership.invalid.organisation"));
        if (!actionsFor(organisation).contains(action)) {
            throw new InvalidInputException("action", "membership.standing.invalid.action");
        }
        String why = ProfileInput.text("reason", reason, OrganisationRegistry.MAX_REASON, true);
        if (why == null) {
            throw new InvalidInputException("reason", "membership.invalid.required");
        }
        LocalDate date = checkedDate(effective, organisation.statusSince(), LocalDate.now(platform.clock()));
        Organisation changed = platform.registry().changeStatus(key, action.to, date, why);
        platform.notifications()
                .notifyOrganisation(
                        key,
                        Set.of(Role.MEMBER_CITY),
                        NOTICE + action.name(),
                        MembershipPlugin.PROFILE_ROUTE,
                        organisation.nameEn(),
                        organisation.nameKo(),
                        date.toString(),
                        why);
        return changed;
    }

    /** The effective date if it is in range: not in the future, at most a year back, not before the current status. */
    static LocalDate checkedDate(@Nullable LocalDate effective, @Nullable LocalDate statusSince, LocalDate today) {
        if (effective == null) {
            throw new InvalidInputException("effective", "membership.invalid.required");
        }
        if (effective.isAfter(today)) {
            throw new InvalidInputException("effective", "membership.standing.invalid.future");
        }
        if (effective.isBefore(today.minusYears(MAX_BACKDATE_YEARS))) {
            throw new InvalidInputException("effective", "membership.standing.invalid.too-old", MAX_BACKDATE_YEARS);
        }
        if (statusSince != null && effective.isBefore(statusSince)) {
            throw new InvalidInputException("effective", "membership.standing.invalid.before-status", statusSince);
        }
        return effective;
    }
}
