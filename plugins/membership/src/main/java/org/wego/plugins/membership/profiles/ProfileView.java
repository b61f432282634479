package org.wego.plugins.membership.profiles;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.wego.plugin.api.Attachment;
import org.wego.plugin.api.AttachmentLimits;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.TopicChoices;
import org.wego.plugins.membership.MembershipPlugin;

/**
 * An organisation's profile: a member sees its own ({@code membership/profile}); the secretariat picks
 * any member, or opens one with {@code ?org=<key>}. Descriptive fields save at once; official fields
 * (with a new logo, if one is chosen) are sent as one change request, and a badge shows while one
 * waits for the secretariat, with the proposed logo beside the current one. Another
 * organisation's key in the address is refused by the service, which the view shows as a message.
 */
public class ProfileView extends VerticalLayout implements BeforeEnterObserver {

    private final MemberProfiles profiles;
    private final MembershipStanding standing;
    private final PluginContext platform;
    private final Div content = new Div();
    /** The upload of a new logo in the official part, while no change waits; else null. */
    private Upload logoUpload;

    public ProfileView(MemberProfiles profiles, MembershipStanding standing, PluginContext platform) {
        this.profiles = profiles;
        this.standing = standing;
        this.platform = platform;
        addClassName("membership-profile");
        add(new H1(getTranslation("membership.profile.title")));
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = platform.requireUser();
        Optional<String> requested = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("org")
                .filter(s -> !s.isBlank());
        boolean secretariat = platform.permissions().isAllowed(user, MembershipPlugin.EDIT_ANY);
        content.removeAll();
        if (secretariat) {
            content.add(picker(requested.orElse(null)));
        }
        if (requested.isEmpty() && secretariat) {
            content.add(new Paragraph(getTranslation("membership.profile.pick-hint")));
            return;
        }
        String key = requested.orElse(user.organisation().value());
        try {
            show(profiles.profileOf(OrganisationKey.of(key)));
        } catch (IllegalArgumentException | PermissionDeniedException | InvalidInputException e) {
            var refused = new Paragraph(getTranslation("membership.profile.not-yours"));
            refused.addClassName("membership-refused");
            content.add(refused);
        }
    }

    private ComboBox<Organisation> picker(String selected) {
        var picker = new ComboBox<Organisation>(getTranslation("membership.profile.pick"));
        picker.setItemLabelGenerator(o -> o.name(getLocale()) + " (" + o.key().value() + ")");
        picker.setItems(
                query -> platform
                        .organisations()
                        .search(new OrganisationDirectory.Query(
                                query.getFilter().orElse(null),
                                null,
                                null,
                                null,
                                null,
                                null,
                                query.getOffset(),
                                query.getLimit()))
                        .stream(),
                query -> platform.organisations()
                        .count(new OrganisationDirectory.Query(
                                query.getFilter().orElse(null), null, null, null, null, null, 0, 1)));
        picker.setWidth("28em");
        if (selected != null) {
            try {
                platform.organisations().byKey(OrganisationKey.of(selected)).ifPresent(picker::setValue);
            } catch (IllegalArgumentException unknown) {
                // shown below as refused
            }
        }
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(
                        MembershipPlugin.PROFILE_ROUTE,
                        com.vaadin.flow.router.QueryParameters.of(
                                "org", e.getValue().key().value())));
            }
        });
        return picker;
    }

    private void show(Profile profile) {
        Organisation org = profile.organisation();
        content.add(new H2(org.name(getLocale())));
        if (profile.hasPendingChange()) {
            var badge = new Span(getTranslation("membership.profile.pending"));
            badge.getElement().getThemeList().add("badge contrast");
            badge.addClassName("membership-pending");
            content.add(badge);
        }
        content.add(officialForm(profile), descriptiveForm(profile));
        content.add(
                new MembershipStatusPanel(standing, platform, org, () -> reload(profile, "membership.standing.saved")));
    }

    private Div descriptiveForm(Profile profile) {
        return new DescriptiveForm(profile.descriptive(), TopicChoices.of(platform.topics()), input -> {
            profiles.saveDescriptive(profile.organisation().key(), profile.version(), profile.descriptive(), input);
            reload(profile, "membership.profile.saved");
        });
    }

    private Div officialForm(Profile profile) {
        Organisation org = profile.organisation();
        var fields = new OfficialFields(profile);
        var chosenLogo = new AtomicReference<LogoUpload>();
        var logoError = notice("membership-logo-error", true);
        var logo = logoPart(profile, chosenLogo, logoError);
        var message = notice("membership-official-message", true);
        var submit = new Button(getTranslation("membership.profile.request"), click -> {
            message.setText("");
            logoError.setText("");
            try {
                profiles.requestOfficialChange(org.key(), fields.value(), chosenLogo.get());
                reload(profile, "membership.profile.requested");
            } catch (InvalidInputException e) {
                if (MemberProfiles.LOGO.equals(e.input())) {
                    // Refused by its content: nothing was sent; the member chooses another file.
                    chosenLogo.set(null);
                    if (logoUpload != null) {
                        logoUpload.clearFileList();
                    }
                    logoError.setText(
                            getTranslation(e.messageKey(), e.arguments().toArray()));
                } else if (!fields.show(e)) {
                    message.setText(fields.errors.message(e));
                }
            }
        });
        submit.addClassName("membership-request");
        submit.setEnabled(!profile.hasPendingChange());
        var section = new Div(
                new H2(getTranslation("membership.profile.official")),
                new Paragraph(getTranslation("membership.profile.official-intro")),
                fields,
                logo,
                message,
                submit);
        section.addClassName("membership-official");
        section.getStyle().set("margin-top", "var(--lumo-space-l)");
        return section;
    }

    /**
     * The logo: the registry's current one, the one a waiting change proposes, and (while none waits)
     * an upload for a new one. The chosen file stays in memory until the request is sent; the
     * platform's file store checks it then, and a refusal shows under the upload.
     */
    private Div logoPart(Profile profile, AtomicReference<LogoUpload> chosen, Paragraph error) {
        var part = new Div(new H3(getTranslation("membership.profile.logo")));
        part.addClassName("membership-logo");
        var shown = new Div();
        shown.getStyle().set("display", "flex").set("gap", "var(--lumo-space-xl)");
        shown.add(logoFigure(
                profiles.logo(profile.organisation().logoAttachmentId()).orElse(null),
                "membership-logo-current",
                "membership.profile.logo.current",
                "membership.profile.logo.none"));
        if (profile.pendingLogo() != null) {
            shown.add(logoFigure(
                    profiles.logo(profile.pendingLogo()).orElse(null),
                    "membership-logo-pending",
                    "membership.profile.logo.pending",
                    "membership.profile.logo.none"));
        }
        part.add(shown);
        logoUpload = null;
        if (profile.hasPendingChange()) {
            return part;
        }
        AttachmentLimits limits = MemberProfiles.LOGO_LIMITS;
        var upload = new Upload(new LogoHandler(
                limits.maxBytes(), getTranslation("files.rejected.too-large", limits.maxSizeLabel()), chosen, error));
        upload.addClassName("membership-logo-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) limits.maxBytes());
        upload.setAcceptedFileTypes(limits.allowed().stream()
                .flatMap(type -> Stream.concat(
                        Stream.of(type.mediaType()), type.extensions().stream().map(extension -> "." + extension)))
                .toArray(String[]::new));
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("membership.profile.logo.choose"))
                .setMany(getTranslation("membership.profile.logo.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("membership.profile.logo.drop"))
                .setMany(getTranslation("membership.profile.logo.drop")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("membership.profile.logo.one"))
                .setFileIsTooBig(getTranslation("files.rejected.too-large", limits.maxSizeLabel()))
                .setIncorrectFileType(getTranslation("files.rejected.wrong-type", limits.allowedLabels())));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(event -> error.setText(event.getErrorMessage()));
        upload.addFileRemovedListener(event -> chosen.set(null));
        // A round trip when the browser finishes, so the cleared refusal shows at once.
        upload.getElement().addEventListener("upload-success", event -> {});
        logoUpload = upload;
        var hint =
                new Span(getTranslation("membership.profile.logo.hint", limits.allowedLabels(), limits.maxSizeLabel()));
        hint.addClassName("membership-logo-hint");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        part.add(upload, hint, error);
        return part;
    }

    /**
     * Keeps the chosen logo in memory until the request is sent, reading at most the limit: the
     * browser's own size check can be bypassed, so a larger file is refused here before it fills the
     * memory (the file store checks size and content again when the request is sent).
     */
    private static final class LogoHandler implements UploadHandler {

        private final long maxBytes;
        private final String tooLarge;
        private final AtomicReference<LogoUpload> chosen;
        private final Paragraph error;

        LogoHandler(long maxBytes, String tooLarge, AtomicReference<LogoUpload> chosen, Paragraph error) {
            this.maxBytes = maxBytes;
            this.tooLarge = tooLarge;
            this.chosen = chosen;
            this.error = error;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBytes) + 1);
            }
            if (content.length > maxBytes) {
                chosen.set(null);
                ui.access(() -> error.setText(tooLarge));
                event.reject(tooLarge);
                return;
            }
            String type = event.getContentType();
            chosen.set(new LogoUpload(
                    event.getFileName(), type == null || type.isBlank() ? "application/octet-stream" : type, content));
            ui.access(() -> error.setText(""));
        }
    }

    private Div logoFigure(Attachment logo, String className, String captionKey, String noneKey) {
        var figure = new Div();
        figure.addClassName(className);
        figure.add(new Paragraph(getTranslation(captionKey)));
        if (logo == null) {
            figure.add(new Span(getTranslation(noneKey)));
        } else {
            var image = new Image(logo.downloadPath(), getTranslation(captionKey) + ": " + logo.fileName());
            image.setMaxHeight("96px");
            figure.add(image);
        }
        return figure;
    }

    private void reload(Profile profile, String doneKey) {
        content.removeAll();
        if (platform.permissions().isAllowed(platform.requireUser(), MembershipPlugin.EDIT_ANY)) {
            content.add(picker(profile.organisation().key().value()));
        }
        show(profiles.profileOf(profile.organisation().key()));
        var done = notice("membership-done", false);
        done.setText(getTranslation(doneKey));
        content.addComponentAsFirst(done);
    }

    /**
     * A line that screen readers announce when its text changes: a refusal in Lumo's error colour, a
     * confirmation in its success colour, so neither reads like the form's help text.
     */
    static Paragraph notice(String className, boolean error) {
        var notice = new Paragraph();
        notice.addClassName(className);
        notice.getElement().setAttribute("role", error ? "alert" : "status");
        notice.getStyle()
                .set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)")
                .set("font-weight", "500");
        return notice;
    }
}
