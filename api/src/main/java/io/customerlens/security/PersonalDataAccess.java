package io.customerlens.security;

/** Refuses operations that would reveal personal data to callers without the right to see it. */
public final class PersonalDataAccess {

    private PersonalDataAccess() {
    }

    /**
     * Refuses a search by text in names and e-mail addresses to callers who see them masked: each answer would
     * reveal a little of what masking hides.
     *
     * @param where the argument, e.g. {@code customers(filter.text)}
     */
    public static void requireForTextSearch(Caller caller, String text, String where) {
        if (text != null && (caller == null || !caller.seesPersonalData())) {
            throw new ForbiddenException(where + " searches names and e-mail addresses: it needs the personal-data "
                    + "right, which this API key's role does not have");
        }
    }
}
