package org.wego.platform.files;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.wego.platform.security.CurrentUser;

/**
 * Downloads at {@code /files/{id}}, for signed-in users only (anonymous callers are sent to sign in
 * by the security chain). The record's rule is checked on every request; a file that does not exist
 * and one the user may not see both answer 404, so nothing is revealed. Served as an attachment with
 * the stored type and {@code nosniff}, so a browser never renders an upload as a page.
 */
@RestController
class FileDownloads {

    private final FileStore store;
    private final CurrentUser currentUser;

    FileDownloads(FileStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    @GetMapping("/files/{id}")
    ResponseEntity<Resource> download(@PathVariable String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return ResponseEntity.notFound().build();
        }
        return store.find(currentUser.get().orElse(null), number)
                .map(stored -> ResponseEntity.ok()
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(stored.attachment().fileName(), StandardCharsets.UTF_8)
                                        .build()
                                        .toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .contentType(MediaType.parseMediaType(
                                stored.attachment().type().mediaType()))
                        .contentLength(stored.attachment().size())
                        .body((Resource) new FileSystemResource(stored.path())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
