package io.customerlens.sample;

import io.customerlens.transfer.CdnowLog;
import io.customerlens.transfer.ImportFormat;
import io.customerlens.transfer.ImportJob;
import io.customerlens.transfer.ImportJobs;
import io.customerlens.transfer.ImportKind;
import io.customerlens.transfer.ImportRequest;
import io.customerlens.transfer.ImportState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Imports the CDNOW transaction log at start-up when {@code customerlens.cdnow.file} is set and the store holds
 * no customers, so the lifetime-value models can be tried through GraphQL on the data they were published on.
 * The log is checked whole first (a sample with a malformed line is refused rather than half loaded), then goes
 * through the bulk import as kind {@code cdnow}, like {@code startImport} or the command line would take it.
 */
@Component
@ConditionalOnProperty(name = "customerlens.cdnow.file")
class CdnowLoader implements ApplicationRunner {

    private final StoreSeeder seeder;
    private final CdnowProperties properties;
    private final ImportJobs imports;

    CdnowLoader(StoreSeeder seeder, CdnowProperties properties, ImportJobs imports) {
        this.seeder = seeder;
        this.properties = properties;
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!seeder.storeIsEmpty("CDNOW log")) {
            return;
        }
        Path file = Path.of(properties.file());
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            CdnowLog.Check check = CdnowLog.check(reader);
            if (!check.ok()) {
                throw new IllegalStateException("The CDNOW log " + file.toAbsolutePath() + " has " + check.count()
                        + " malformed line(s); nothing was imported. " + String.join("; ", check.problems()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CDNOW log " + file.toAbsolutePath(), e);
        }
        ImportJob job = imports.run(ImportRequest.of(ImportKind.CDNOW, ImportFormat.CDNOW, file), "cdnow loader");
        if (job.state() != ImportState.COMPLETED) {
            throw new IllegalStateException("The CDNOW log " + file.toAbsolutePath() + " was not imported: " + job.error());
        }
    }
}
