package io.customerlens.transfer;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * A multipart body the servlet container cannot parse (a broken boundary, a control character in a part's header)
 * fails before any controller runs, and one without a 'file' part fails on its argument: both get the API's
 * BAD_REQUEST error, in words, instead of a 500 or Spring Boot's error page.
 */
@RestControllerAdvice
class UnreadableUploads {

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadable(MultipartException e) {
        return ImportUploadController.badRequest("file: the upload is not a readable multipart/form-data body with a"
                + " 'file' part: " + reason(e.getMostSpecificCause()));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Object> noFile(MissingServletRequestPartException e) {
        return ImportUploadController.badRequest("file: the upload has no 'file' part; send the file as the form field"
                + " 'file'");
    }

    /** What went wrong, in words: the parser's exception names are no business of the client's. */
    private static String reason(Throwable cause) {
        return switch (cause.getClass().getSimpleName()) {
            case "InvalidFileNameException" -> "a part's file name holds a character file names may not have";
            case "MalformedStreamException" -> "the body does not follow its boundary";
            case "FileSizeLimitExceededException", "SizeLimitExceededException", "MaxUploadSizeExceededException" ->
                    "it is larger than the upload limit";
            default -> "check the boundary in its Content-Type and its parts";
        };
    }
}
