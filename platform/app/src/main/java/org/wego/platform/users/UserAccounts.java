package org.wego.platform.users;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wego.platform.audit.AuditTrail;
import org.wego.platform.i18n.Translations;
import org.wego.platform.organisations.Organisations;
import org.wego.platform.security.SessionRevocations;
import org.wego.plugin.api.Notifications;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Invites, lists, deactivates and reactivates users in Keycloak, with the role and organisation
 * scope checked here on the server: the secretariat manages everyone; a regional office invites
 * member-city users for the members of its own region and sees its region's users; others only see
 * their own organisation's users. Every change is audited.
 */
@Service
public class UserAccounts {

    /** How long the set-password link in the invitation works. */
    static final Duration INVITATION_LIFESPAN = Duration.ofDays(7);

    static final String AUDIT_ENTITY = "platform.user";
    static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";

    private static final Logger LOG = LoggerFactory.getLogger(UserAccounts.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KeycloakAdmin keycloak;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Translations translations;
    private final SessionRevocations revocations;
    // Lazily: the notifications look users up here, so the two beans would otherwise need each other.
    private final ObjectProvider<Notifications> notifications;

    UserAccounts(
            KeycloakAdmin keycloak,
            Organisations organisations,
            AuditTrail audit,
            Translations translations,
            SessionRevocations revocations,
            ObjectProvider<Notifications> notifications) {
        this.keycloak = keycloak;
        this.organisations = organisations;
        this.audit = audit;
        this.translations = translations;
        this.revocations = revocations;
        this.notifications = notifications;
    }

    /** Whether the user may invite anyone at all (to show or hide the invite button). */
    public static boolean mayInvite(SignedInUser user) {
        return user.hasRole(Role.SECRETARIAT) || user.hasRole(Role.REGIONAL_OFFICE);
    }

    /** The roles the user may give to invitees. */
    public static List<Role> invitableRoles(SignedInUser inviter) {
        if (inviter.hasRole(Role.SECRETARIAT)) {
            return List.of(Role.values());
        }
        return inviter.hasRole(Role.REGIONAL_OFFICE) ? List.of(Role.MEMBER_CITY) : List.of();
    }

    /**
     * Creates the user in Keycloak (organisation, role, language, a set-password action) and has
     * Keycloak e-mail them the set-password link. Nothing is left behind when any step fails.
     *
     * @return the new account
     * @throws InvalidInputException for bad or duplicate input, nothing created
     * @throws PermissionDeniedException when the inviter may not invite this role to this organisation
     */
    @Transactional
    public UserAccount invite(SignedInUser inviter, Invitation invitation) {
        if (!mayInvite(inviter)) {
            throw new PermissionDeniedException("users.invite");
        }
        List<InputProblem> problems = new ArrayList<>(invitation.problems());
        Organisation organisation = null;
        if (invitation.organisation() != null) {
            organisation = organisations.byKey(invitation.organisation()).orElse(null);
            if (organisation == null) {
                problems.add(new InputProblem("organisation", "users.error.organisation.unknown"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Role role = java.util.Objects.requireNonNull(invitation.role());
        requireMayInvite(inviter, java.util.Objects.requireNonNull(organisation), role);
        String email = invitation.normalisedEmail();
        if (keycloak.userByEmail(email).isPresent()) {
            throw new InvalidInputException(List.of(new InputProblem("email", "users.error.email.duplicate")));
        }
        Locale language = translations.supported(invitation.language());

        ObjectNode user = JSON.createObjectNode();
        user.put("username", email);
        user.put("email", email);
        // The link in the invitation proves the address; Keycloak need not ask again.
        user.put("emailVerified", true);
        user.put("firstName", invitation.firstName().strip());
        user.put("lastName", invitation.lastName().strip());
        user.put("enabled", true);
        ObjectNode attributes = user.putObject("attributes");
        attributes.putArray("org_id").add(organisation.key().value());
        attributes.putArray("locale").add(language.getLanguage());
        user.putArray("requiredActions").add(UPDATE_PASSWORD);
        String id;
        try {
            id = keycloak.create(user);
        } catch (KeycloakAdmin.Conflict e) {
            throw new InvalidInputException(List.of(new InputProblem("email", "users.error.email.duplicate")));
        }
        try {
            keycloak.addRealmRole(id, role.claimValue());
            audit.record(AUDIT_ENTITY, id, null, snapshot(email, organisation.key(), role, language, true));
            // Waiting in the bell when they first sign in (and mailed after the commit).
            notifications
                    .getObject()
                    .notifyUser(
                            id,
                            "users.welcome",
                            "organisation/" + organisation.key().value(),
                            invitation.firstName().strip(),
                            organisation.nameEn(),
                            organisation.nameKo());
            keycloak.executeActionsEmail(id, List.of(UPDATE_PASSWORD), INVITATION_LIFESPAN);
        } catch (RuntimeException e) {
            LOG.warn("Invitation of {} failed, removing the half-made account {}: {}", email, id, e.toString());
            try {
                keycloak.delete(id);
            } catch (RuntimeException cleanup) {
                LOG.error(
                        "Could not remove the half-made account {} ({}): remove it in Keycloak",
                        id,
                        cleanup.toString());
            }
            throw e;
        }
        LOG.info("{} invited {} as {} of {}", inviter.id(), id, role.claimValue(), organisation.key());
        return account(keycloak.user(id).orElseThrow(), role);
    }

    /** Deactivates the user (secretariat only): they cannot sign in and their sessions end. */
    @Transactional
    public UserAccount deactivate(SignedInUser actor, String userId) {
        return setEnabled(actor, userId, false);
    }

    /** Lets a deactivated user sign in again (secretariat only). */
    @Transactional
    public UserAccount reactivate(SignedInUser actor, String userId) {
        return setEnabled(actor, userId, true);
    }

    private UserAccount setEnabled(SignedInUser actor, String userId, boolean enabled) {
        actor.requireRole(Role.SECRETARIAT, enabled ? "users.reactivate" : "users.deactivate");
        if (actor.id().equals(userId)) {
            throw new InvalidInputException(List.of(new InputProblem("user", "users.error.self")));
        }
        JsonNode user = keycloak.user(userId)
                .orElseThrow(
                        () -> new InvalidInputException(List.of(new InputProblem("user", "users.error.user.unknown"))));
        boolean before = user.path("enabled").asBoolean(true);
        if (before != enabled) {
            ObjectNode changed = (ObjectNode) user.deepCopy();
            changed.put("enabled", enabled);
            keycloak.update(userId, changed);
            if (!enabled) {
                keycloak.logout(userId);
                // Keycloak's logout reaches only nodes it can call back; the revocation reaches every node.
                revocations.revokeAccount(userId, actor.id(), SessionRevocations.Reason.DEACTIVATED);
            }
            audit.record(AUDIT_ENTITY, userId, Map.of("enabled", before), Map.of("enabled", enabled));
        }
        return account(keycloak.user(userId).orElseThrow(), roleOf(userId));
    }

    /**
     * The users the viewer may see: the secretariat everyone; a regional office those of its own
     * office and of its region's members; anyone else those of their own organisation.
     */
    public List<UserAccount> visibleTo(SignedInUser viewer) {
        Map<OrganisationKey, Boolean> inScope = new HashMap<>();
        List<JsonNode> visible = new ArrayList<>();
        for (JsonNode user : keycloak.allUsers()) {
            if (user.has("serviceAccountClientId")
                    || user.path("username").asString().startsWith("service-account-")) {
                continue;
            }
            OrganisationKey key = account(user, null).organisation();
            if (viewer.hasRole(Role.SECRETARIAT)
                    || (key != null && inScope.computeIfAbsent(key, k -> inScope(viewer, k)))) {
                visible.add(user);
            }
        }
        List<UserAccount> result = new ArrayList<>(withRoles(visible));
        result.sort(Comparator.comparing(UserAccount::displayName, String.CASE_INSENSITIVE_ORDER));
        return result;
    }

    /**
     * Role mappings need one call per user (listing a role's members would need realm-wide rights the
     * service account does not have), so they are asked for concurrently.
     */
    private List<UserAccount> withRoles(List<JsonNode> users) {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<UserAccount>> accounts = users.stream()
                    .map(user -> executor.submit(
                            () -> account(user, roleOf(user.path("id").asString()))))
                    .toList();
            List<UserAccount> result = new ArrayList<>();
            for (Future<UserAccount> account : accounts) {
                result.add(account.get());
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserAdministrationException("interrupted while reading users");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UserAdministrationException("cannot read users: " + e.getCause());
        }
    }

    /**
     * The users of one organisation, for viewers in its scope (the secretariat, its own users, its
     * regional office).
     */
    public List<UserAccount> usersOf(SignedInUser viewer, Organisation organisation) {
        if (!organisations.isInScopeOf(viewer, organisation)) {
            throw new PermissionDeniedException("users.read");
        }
        return withRoles(keycloak.usersOfOrganisation(organisation.key().value())).stream()
                .filter(account -> organisation.key().equals(account.organisation()))
                .sorted(Comparator.comparing(UserAccount::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * A user by id, for the platform's own use (e.g. to address a notification); no scope check, so
     * never show the result to someone without checking theirs.
     */
    public Optional<UserAccount> find(String userId) {
        return keycloak.user(userId).map(user -> account(user, roleOf(userId)));
    }

    /**
     * The enabled users of an organisation holding one of the roles, for the platform's own use
     * (notifications); no scope check.
     */
    public List<UserAccount> withRoles(OrganisationKey organisation, Set<Role> anyOf) {
        return withRoles(keycloak.usersOfOrganisation(organisation.value())).stream()
                .filter(a -> a.enabled() && organisation.equals(a.organisation()))
                .filter(a -> a.role() != null && anyOf.contains(a.role()))
                .toList();
    }

    private void requireMayInvite(SignedInUser inviter, Organisation organisation, Role role) {
        if (inviter.hasRole(Role.SECRETARIAT)) {
            return;
        }
        // A regional office: member-city users only, for members of its own region only (an applicant is
        // not one yet: the secretariat invites its contact when it is admitted).
        boolean ownRegion = inviter.organisation().equals(organisation.regionalOffice())
                && organisations.isInScopeOf(inviter, organisation);
        if (role != Role.MEMBER_CITY
                || !organisation.type().isMemberType()
                || !ownRegion
                || !org.wego.platform.organisations.Organisations.isVisibleTo(inviter, organisation)) {
            throw new PermissionDeniedException("users.invite");
        }
    }

    private boolean inScope(SignedInUser viewer, OrganisationKey key) {
        return organisations
                .byKey(key)
                .map(o -> organisations.isInScopeOf(viewer, o))
                .orElse(false);
    }

    private @Nullable Role roleOf(String userId) {
        return keycloak.realmRoles(userId).stream()
                .flatMap(name -> Role.fromClaimValue(name).stream())
                .findFirst()
                .orElse(null);
    }

    static UserAccount account(JsonNode user, @Nullable Role role) {
        String organisation = user.path("attributes").path("org_id").path(0).asString("");
        String locale = user.path("attributes").path("locale").path(0).asString("");
        boolean pending = false;
        for (JsonNode action : user.path("requiredActions")) {
            pending |= UPDATE_PASSWORD.equals(action.asString());
        }
        return new UserAccount(
                user.path("id").asString(),
                user.path("email").asString(user.path("username").asString("")),
                user.path("firstName").asString(""),
                user.path("lastName").asString(""),
                organisation.matches("[a-z0-9]+(-[a-z0-9]+)*") ? OrganisationKey.of(organisation) : null,
                role,
                locale.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(locale),
                user.path("enabled").asBoolean(true),
                pending);
    }

    private static Map<String, Object> snapshot(
            String email, OrganisationKey organisation, Role role, Locale language, boolean enabled) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("email", email);
        snapshot.put("organisation", organisation.value());
        snapshot.put("role", role.claimValue());
        snapshot.put("language", language.getLanguage());
        snapshot.put("enabled", enabled);
        return snapshot;
    }
}
