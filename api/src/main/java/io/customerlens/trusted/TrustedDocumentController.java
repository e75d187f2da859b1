package io.customerlens.trusted;

import io.customerlens.security.Caller;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Lists and registers trusted documents (admin, see the schema). */
@Controller
class TrustedDocumentController {

    private final TrustedDocuments documents;

    TrustedDocumentController(TrustedDocuments documents) {
        this.documents = documents;
    }

    @QueryMapping
    List<TrustedDocument> trustedDocuments() {
        return documents.all();
    }

    @MutationMapping
    TrustedDocument registerTrustedDocument(@Argument String document,
                                            @ContextValue(name = Caller.CONTEXT_KEY) Caller caller) {
        return documents.register(document, caller.name());
    }
}
