package io.customerlens.snapshot;

import io.customerlens.web.ClassifiedError;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/** A snapshot was asked to start while another runs. Reported as BAD_REQUEST naming the running one. */
public class SnapshotRunningException extends RuntimeException implements ClassifiedError {

    private final String runningId;

    SnapshotRunningException(String runningId) {
        super("snapshot " + runningId + " is running; one snapshot runs at a time: wait until it ends "
                + "(snapshot(id: \"" + runningId + "\")) or cancel it (cancelSnapshot)");
        this.runningId = runningId;
    }

    @Override
    public ErrorType errorType() {
        return ErrorType.BAD_REQUEST;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("runningSnapshot", runningId);
    }
}
