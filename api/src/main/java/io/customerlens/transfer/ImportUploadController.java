package io.customerlens.transfer;

import io.customerlens.security.Caller;
import io.customerlens.web.Overload;
import io.customerlens.web.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /import/{kind}} with a multipart part {@code file} (and optionally {@code ?format=csv|ndjson}): the
 * upload is copied to a temporary file as it streams in, then imported like a server file by a background job;
 * the answer (202) is the job, to follow with {@code importJob(id)}. Editors and admins only (see security).
 */
@RestController
class ImportUploadController {

    private final ImportJobs jobs;
    private final UploadFolder uploads;

    ImportUploadController(ImportJobs jobs, UploadFolder uploads) {
        this.jobs = jobs;
        this.uploads = uploads;
    }

    @PostMapping(path = "/import/{kind}", consumes = "multipart/form-data")
    ResponseEntity<Object> upload(@PathVariable String kind, @RequestParam(required = false) String format,
                                  @RequestParam("file") MultipartFile file, HttpServletRequest request) throws IOException {
        ImportKind importKind;
        ImportFormat importFormat;
        String name = fileName(file.getOriginalFilename());
        try {
            importKind = ImportKind.named(kind, "kind");
            importFormat = format == null ? null : ImportFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
            importFormat = ImportFormat.of(importFormat, importKind, name);
        } catch (ImportFileException e) {
            return badRequest(e.getMessage());
        } catch (IllegalArgumentException e) {
            return badRequest("format: '" + format + "' is not a format; allowed: csv, ndjson (cdnow goes with kind cdnow)");
        }
        if (!jobs.hasRoom()) { // before the upload is copied: refused at once, nothing written
            return tooManyRequests();
        }
        Path copy = uploads.newFile();
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        Caller caller = (Caller) request.getAttribute(Caller.CONTEXT_KEY);
        try {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(jobs.start(
                    new ImportRequest(importKind, importFormat, copy, name, true), Caller.nameOf(caller)));
        } catch (TooManyRequestsException e) { // the queue filled while the upload was copied
            Files.deleteIfExists(copy);
            return tooManyRequests();
        }
    }

    private ResponseEntity<Object> tooManyRequests() {
        long seconds = ImportJobs.RETRY_AFTER.toSeconds();
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", jobs.fullMessage() + "; retry after " + seconds + " s");
        error.put("extensions", Map.of("classification", Overload.TOO_MANY_REQUESTS.name(),
                TooManyRequestsException.RETRY_AFTER, seconds));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(Map.of("errors", List.of(error)));
    }

    /**
     * @return the last segment of the name the client gave (either separator), without control characters, or
     *         {@code upload} when nothing is left: only ever shown in the job and matched for an extension
     */
    static String fileName(String original) {
        if (original == null) {
            return "upload";
        }
        String last = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        String clean = last.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return clean.isEmpty() ? "upload" : clean.substring(0, Math.min(clean.length(), 200));
    }

    /** The error in the shape every error of this API has. */
    static ResponseEntity<Object> badRequest(String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", Map.of("classification", "BAD_REQUEST"));
        return ResponseEntity.badRequest().body(Map.of("errors", List.of(error)));
    }
}
