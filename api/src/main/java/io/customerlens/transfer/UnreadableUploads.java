package io.customerlens.transfer;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart body the servlet container cannot parse (a broken boundary, a control character in a part's header)
 * fails before any controller runs: it gets the API's BAD_REQUEST error instead of a 500.
 */
@RestControllerAdvice
class UnreadableUploads {

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadable(MultipartException e) {
        return ImportUploadController.badRequest("file: the upload is not a readable multipart/form-data body with a"
                + " 'file' part (" + e.getMostSpecificCause().getClass().getSimpleName() + ")");
    }
}
