package io.customerlens.transfer;

/** The file as a whole cannot be imported (unreadable, a CSV header without a required column); nothing was stored. */
class ImportFileException extends RuntimeException {

    private final String field;

    /**
     * @param field   what is wrong: the request field ({@code format}, {@code path}) or the place in the file
     *                ({@code line 1})
     * @param message what is wrong with it and what is allowed
     */
    ImportFileException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    String field() {
        return field;
    }

    String problem() {
        return getMessage().substring(field.length() + 2);
    }
}
