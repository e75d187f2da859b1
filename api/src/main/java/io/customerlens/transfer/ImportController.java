package io.customerlens.transfer;

import graphql.relay.DefaultConnection;
import graphql.relay.DefaultEdge;
import graphql.relay.Edge;
import io.customerlens.security.Caller;
import io.customerlens.web.ApiProperties;
import io.customerlens.web.Connections;
import io.customerlens.web.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.types.ObjectId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Import jobs over GraphQL: start one on a server file, follow it, page through its rejected rows. */
@Controller
class ImportController {

    private final ImportJobs jobs;
    private final ImportJobStore store;
    private final ImportProperties properties;
    private final ApiProperties api;

    ImportController(ImportJobs jobs, ImportJobStore store, ImportProperties properties, ApiProperties api) {
        this.jobs = jobs;
        this.store = store;
        this.properties = properties;
        this.api = api;
    }

    record StartImportInput(ImportKind kind, String path, ImportFormat format) {
    }

    @MutationMapping
    ImportJob startImport(@Argument StartImportInput input,
                          @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        Path file = serverFile(input.path());
        try {
            return jobs.start(ImportRequest.of(input.kind(), input.format(), file), Caller.nameOf(caller));
        } catch (ImportFileException e) {
            throw new InvalidInputException("input." + e.field(), e.problem());
        }
    }

    /** @return the file, inside the import folder and readable */
    private Path serverFile(String path) {
        if (properties.dir() == null) {
            throw new InvalidInputException("input.path", "server-side imports are off: customerlens.import.dir is not set;"
                    + " upload the file to POST /import/{kind} instead");
        }
        Path dir = properties.dir().toAbsolutePath().normalize();
        Path file;
        try {
            file = dir.resolve(path).normalize();
        } catch (InvalidPathException e) {
            file = null;
        }
        if (file == null || !file.startsWith(dir) || file.equals(dir)) {
            throw new InvalidInputException("input.path", "must name a file inside the import folder " + dir);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidInputException("input.path", "no readable file '" + path + "' in the import folder " + dir);
        }
        return file;
    }

    @QueryMapping
    ImportJob importJob(@Argument String id) {
        return store.find(id);
    }

    @QueryMapping
    DefaultConnection<ImportJob> importJobs(@Argument Integer first, @Argument String after) {
        int size = Connections.pageSize(first, api.maxPageSize());
        String before = Connections.key(after, "after", ObjectId::isValid);
        return Connections.of(store.newestFirst(before, size + 1), size, before != null, ImportJob::id);
    }

    @SchemaMapping(typeName = "ImportJob")
    DefaultConnection<ImportTally.Rejection> rejections(ImportJob job, @Argument Integer first, @Argument String after) {
        int size = Connections.pageSize(first, api.maxPageSize());
        Integer last = Connections.numberKey(after, "after");
        int from = last == null ? 0 : last + 1;
        List<ImportTally.Rejection> all = job.rejections();
        List<Integer> indexes = IntStream.range(Math.min(from, all.size()), Math.min(all.size(), from + size + 1))
                .boxed().toList();
        DefaultConnection<Integer> page = Connections.of(indexes, size, from > 0, String::valueOf);
        List<Edge<ImportTally.Rejection>> edges = page.getEdges().stream()
                .<Edge<ImportTally.Rejection>>map(edge -> new DefaultEdge<>(all.get(edge.getNode()), edge.getCursor()))
                .toList();
        return new DefaultConnection<>(edges, page.getPageInfo());
    }
}
