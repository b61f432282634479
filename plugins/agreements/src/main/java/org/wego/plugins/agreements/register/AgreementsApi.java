package org.wego.plugins.agreements.register;

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
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.Role;

/**
 * {@code GET /api/v1/agreements} (a page of the register in the caller's scope, filtered as the list) and
 * {@code GET /api/v1/agreements/{id}} (404 for one that does not exist or is out of scope, alike).
 */
@RestController
@RequestMapping("/api/v1/agreements")
@ApiAccess(roles = {Role.SECRETARIAT, Role.REGIONAL_OFFICE, Role.MEMBER_CITY})
class AgreementsApi {

    static final int MAX_SIZE = 100;

    private final Agreements agreements;

    AgreementsApi(Agreements agreements) {
        this.agreements = agreements;
    }

    /** One agreement as the API gives it: dates known to the day or the signing year alone. */
    record AgreementItem(
            long id,
            AgreementKind kind,
            @Nullable String titleEn,
            @Nullable String titleKo,
            Status status,
            List<String> parties,
            @Nullable String wegoSignatory,
            @Nullable Integer signedYear,
            @Nullable LocalDate signedDate,
            @Nullable LocalDate effectiveDate,
            @Nullable LocalDate expiryDate,
            @Nullable LocalDate noticeDeadline,
            boolean autoRenewal,
            @Nullable Long predecessor,
            long version) {

        static AgreementItem of(Agreement a) {
            return new AgreementItem(
                    a.id(),
                    a.kind(),
                    a.titleEn(),
                    a.titleKo(),
                    a.status(),
                    a.parties(),
                    a.wegoSignatory(),
                    a.signed() == null ? null : a.signed().year(),
                    a.signed() == null ? null : a.signed().date(),
                    a.effective(),
                    a.expiry(),
                    a.noticeDeadline(),
                    a.autoRenewal(),
                    a.predecessor(),
                    a.version());
        }
    }

    /** A page of the agreements the caller may see; {@code size} from 1 to 100. */
    @GetMapping
    List<AgreementItem> list(
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable AgreementKind kind,
            @RequestParam(required = false) @Nullable Status status,
            @RequestParam(required = false) @Nullable OrganisationType counterpartType,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "agreements.api.size", MAX_SIZE);
        }
        if (page < 0 || page > 100_000) {
            throw new InvalidInputException("page", "agreements.api.page");
        }
        return agreements
                .list(new Agreements.Filter(text, kind, status, counterpartType, year, null, page * size, size))
                .stream()
                .map(AgreementItem::of)
                .toList();
    }

    /** One agreement in the caller's scope. */
    @GetMapping("/{id}")
    AgreementItem one(@PathVariable long id) {
        return agreements
                .find(id)
                .map(AgreementItem::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
