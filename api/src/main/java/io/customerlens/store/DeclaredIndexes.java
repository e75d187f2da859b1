package io.customerlens.store;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.stereotype.Component;

/** The indexes the stored documents declare ({@code @Indexed}, {@code @CompoundIndex}), each with its document type. */
@Component
class DeclaredIndexes {

    /** One declared index. */
    record Declared(Class<?> type, IndexDefinition index) {

        boolean unique() {
            return Boolean.TRUE.equals(index.getIndexOptions().get("unique"));
        }
    }

    private final MongoMappingContext mappingContext;

    DeclaredIndexes(MongoMappingContext mappingContext) {
        this.mappingContext = mappingContext;
    }

    List<Declared> all() {
        IndexResolver resolver = IndexResolver.create(mappingContext);
        List<Declared> declared = new ArrayList<>();
        for (MongoPersistentEntity<?> entity : mappingContext.getPersistentEntities()) {
            if (entity.isAnnotationPresent(Document.class)) {
                resolver.resolveIndexFor(entity.getTypeInformation())
                        .forEach(index -> declared.add(new Declared(entity.getType(), index)));
            }
        }
        return declared;
    }
}
