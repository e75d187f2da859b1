package io.customerlens.transfer;

/** A row that cannot be imported; it is reported with its line number and nothing of it is stored. */
class RowRejected extends RuntimeException {

    RowRejected(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
