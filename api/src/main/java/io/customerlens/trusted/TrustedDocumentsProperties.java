package io.customerlens.trusted;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Trusted documents ({@code customerlens.trusted-documents}).
 *
 * @param enabled   whether only registered documents run (admins may still run any, to register and inspect)
 * @param locations resource patterns of document files, each file one trusted document (every operation in it); by
 *                  default GraphiQL's example files, the customer-card example's operations and {@code trusted-documents/*.graphql} beside the working
 *                  directory
 */
@ConfigurationProperties("customerlens.trusted-documents")
public record TrustedDocumentsProperties(boolean enabled,
                                         @DefaultValue({"classpath*:static/examples/*.graphql",
                                                 "classpath*:static/customer-card/*.graphql",
                                                 "file:trusted-documents/*.graphql"}) List<String> locations) {
}
