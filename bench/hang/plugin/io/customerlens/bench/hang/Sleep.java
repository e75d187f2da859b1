package io.customerlens.bench.hang;

/** The hang both models share: 60 s, ended early only by an interrupt. */
final class Sleep {

    private Sleep() {
    }

    static void sixtySeconds() {
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
