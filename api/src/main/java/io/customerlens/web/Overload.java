package io.customerlens.web;

import graphql.ErrorClassification;

/** Classifications of requests refused or stopped to keep the server fair to every caller, beside Spring's ErrorType. */
public enum Overload implements ErrorClassification {
    /** Too much work asked at once: retry after the {@code retryAfterSeconds} extension (HTTP 429, Retry-After). */
    TOO_MANY_REQUESTS,
    /** Long work stopped at its deadline. */
    DEADLINE_EXCEEDED
}
