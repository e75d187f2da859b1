package io.customerlens.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The command line entry point: {@code java -jar customer-lens.jar --customerlens.import.file=orders.csv
 * --customerlens.import.kind=orders} imports the file into the configured store (the same
 * {@code spring.mongodb.uri} or embedded store file as the server), logs the report and exits: 0 when every row
 * was imported or already stored, 1 when rows were rejected (the first ones are logged with line and reason), 2 when
 * the import failed. {@link io.customerlens.CustomerLensApplication#main} starts no web server in this mode.
 */
@Component
@ConditionalOnProperty(name = "customerlens.import.file")
public class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    /** The argument that selects this mode. */
    public static final String FILE_ARGUMENT = "--customerlens.import.file=";
    private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);
    private static final int LOGGED_REJECTIONS = 20;

    private final ImportJobs jobs;
    private final ImportProperties properties;
    private int exitCode = 2;

    ImportCommand(ImportJobs jobs, ImportProperties properties) {
        this.jobs = jobs;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path file = Path.of(properties.file());
        if (properties.kind() == null) {
            log.error("customerlens.import.kind is required with customerlens.import.file; allowed: {}", ImportKind.allowed());
            return;
        }
        if (!Files.isRegularFile(file)) {
            log.error("customerlens.import.file: no file {}", file.toAbsolutePath());
            return;
        }
        ImportJob job;
        try {
            job = jobs.run(ImportRequest.of(ImportKind.named(properties.kind(), "customerlens.import.kind"),
                    properties.format(), file), "command line");
        } catch (ImportFileException e) {
            log.error("{}", e.getMessage());
            return;
        }
        job.rejections().stream().limit(LOGGED_REJECTIONS)
                .forEach(rejection -> log.warn("line {}: {}", rejection.line(), rejection.reason()));
        if (job.rejected() > LOGGED_REJECTIONS) {
            log.warn("... and {} more rejected rows; see importJob(id: \"{}\")", job.rejected() - LOGGED_REJECTIONS, job.id());
        }
        exitCode = job.state() != ImportState.COMPLETED ? 2 : job.rejected() > 0 ? 1 : 0;
    }

    /** @return whether the arguments ask for a command line import */
    public static boolean requested(String[] args) {
        for (String arg : args) {
            if (arg.startsWith(FILE_ARGUMENT)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
