package io.customerlens.backtest;

import io.customerlens.web.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The calibration period (everything up to and including {@code calibrationEnd}) and the holdout window after it
 * (the days after {@code calibrationEnd} up to and including {@code holdoutEnd}). Days are UTC days.
 */
public record BacktestWindow(LocalDate calibrationEnd, LocalDate holdoutEnd) {

    /** The holdout when none is given: the 26 weeks up to yesterday. */
    static final int DEFAULT_HOLDOUT_WEEKS = 26;

    /**
     * @param calibrationEnd the last day models see; null for {@value #DEFAULT_HOLDOUT_WEEKS} weeks before the
     *                       holdout's end
     * @param holdoutEnd     the last day of the holdout; null for yesterday, the last whole day
     * @param today          the server's date: a holdout must have happened
     * @throws InvalidInputException naming the field, when the dates are out of order or in the future
     */
    static BacktestWindow of(LocalDate calibrationEnd, LocalDate holdoutEnd, LocalDate today) {
        if (holdoutEnd == null) {
            holdoutEnd = today.minusDays(1);
        }
        if (calibrationEnd == null) {
            calibrationEnd = holdoutEnd.minusWeeks(DEFAULT_HOLDOUT_WEEKS);
        }
        if (!holdoutEnd.isAfter(calibrationEnd)) {
            throw new InvalidInputException("holdoutEnd", "must be after calibrationEnd (" + calibrationEnd + "), got "
                    + holdoutEnd);
        }
        if (holdoutEnd.isAfter(today)) {
            throw new InvalidInputException("holdoutEnd", "must not be after today (" + today + "): the holdout is what "
                    + "customers did, got " + holdoutEnd);
        }
        return new BacktestWindow(calibrationEnd, holdoutEnd);
    }

    /** The first instant models must not see. */
    Instant calibrationCutoff() {
        return calibrationEnd.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The first instant after the holdout. */
    Instant holdoutCutoff() {
        return holdoutEnd.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** Days in the holdout window. */
    long holdoutDays() {
        return ChronoUnit.DAYS.between(calibrationEnd, holdoutEnd);
    }
}
