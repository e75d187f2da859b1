package io.customerlens.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error reports (requests it refuses before any servlet runs: an encoded slash in the path, a header or
 * URL over the size limit, a broken Content-Length) in the API's error shape instead of an HTML page; a URL or headers
 * over the size limit get 414 or 431 rather than Tomcat's 400.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (status == 400 && tooLarge(throwable)) {
            // Tomcat says 400 for both; the request line (the URL) is read first, so without a path it was too long
            status = request.getRequestURI() == null || request.getRequestURI().isEmpty() ? 414 : 431;
            response.setStatus(status);
        }
        String message = switch (status) {
            case 400 -> "the request is malformed: its path, headers or length could not be read (a path must not"
                    + " encode '/', headers and the URL have size limits)";
            case 404 -> "no such endpoint; GraphQL is at /graphql";
            case 414 -> "the URL is longer than the server accepts; send the query in a POST body";
            case 431 -> "the request headers are larger than the server accepts";
            default -> "the request could not be served (HTTP " + status + ")";
        };
        String classification = status >= 500 ? "INTERNAL_ERROR" : status == 404 ? "NOT_FOUND" : "BAD_REQUEST";
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(HttpErrors.body(classification, message));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing more to say
        }
    }

    private static boolean tooLarge(Throwable throwable) {
        return throwable != null && throwable.getMessage() != null && throwable.getMessage().contains("too large");
    }
}
