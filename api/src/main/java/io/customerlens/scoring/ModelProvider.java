package io.customerlens.scoring;

import java.util.List;

/** A source of scoring models, such as the PF4J plugin manager. */
public interface ModelProvider {

    /** @return every model the source currently offers */
    List<ProvidedModel> models();
}
