package io.customerlens.security;

/**
 * Who sent the request being served.
 *
 * @param name       the API key's name, or {@code anonymous}
 * @param role       what the caller may do
 * @param seesPersonalData whether names, e-mail addresses, phone numbers and comments are shown unmasked
 */
public record Caller(String name, Role role, boolean seesPersonalData) {

    /** The key under which the caller is kept in the GraphQL context. */
    public static final String CONTEXT_KEY = "customerlens.caller";

    /** The name of requests sent without a key. */
    public static final String ANONYMOUS = "anonymous";

    /**
     * @param caller who sent the request, or null when there is no caller in the context
     * @return the name recorded with what the request starts or stores (a job, a saved sheet, an erasure)
     */
    public static String nameOf(Caller caller) {
        return caller == null ? ANONYMOUS : caller.name();
    }
}
