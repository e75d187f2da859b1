package io.customerlens.customer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One survey a customer answered: NPS 0-10, CSAT 1-5, CES 1-7 (each optional), free per-dimension ratings, and
 * paired Kano answers per service attribute. {@code externalId}, when given (imports require it), is unique and makes
 * importing the same answer twice harmless.
 */
@Document("surveys")
@CompoundIndex(name = "customer_time", def = "{'customerId': 1, 'answeredAt': 1}")
public record Survey(@Id String id,
                     String customerId,
                     Instant answeredAt,
                     Integer nps,
                     Integer csat,
                     Integer ces,
                     Map<String, Double> dimensions,
                     String comment,
                     Instant recordedAt,
                     List<KanoAnswer> kano,
                     @Indexed(unique = true, sparse = true) String externalId) {

    /** The field of the Kano answers. */
    public static final String KANO = "kano";

    @PersistenceCreator
    public Survey {
        dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
        kano = kano == null ? List.of() : List.copyOf(kano);
    }

    /** A survey without Kano answers or external id. */
    public Survey(String id, String customerId, Instant answeredAt, Integer nps, Integer csat, Integer ces,
                  Map<String, Double> dimensions, String comment, Instant recordedAt) {
        this(id, customerId, answeredAt, nps, csat, ces, dimensions, comment, recordedAt, List.of(), null);
    }
}
