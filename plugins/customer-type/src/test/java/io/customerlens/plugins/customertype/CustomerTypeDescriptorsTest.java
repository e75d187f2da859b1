package io.customerlens.plugins.customertype;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.SegmentDefinition;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

class CustomerTypeDescriptorsTest {

    @Test
    void needsTypeKeepsItsIdAndSegmentCodes() {
        var descriptor = new NeedsTypeModel().descriptor();
        assertThat(descriptor).isSameAs(NeedsTypeModel.DESCRIPTOR);
        assertThat(descriptor.id()).isEqualTo("needs-type");
        assertThat(descriptor.family()).isEqualTo(ModelFamily.SEGMENTATION);
        assertThat(descriptor.version()).isEqualTo("1.0.0");
        assertThat(descriptor.inputs()).containsExactlyInAnyOrder(
                CustomerData.PROFILE, CustomerData.ORDERS, CustomerData.INTERACTIONS);
        assertThat(descriptor.segments()).extracting(SegmentDefinition::code)
                .containsExactly("LOYAL", "SERVICE_DEPENDENT", "PRICE_SENSITIVE", "UNCLASSIFIED");
        assertThat(descriptor.segments()).extracting(SegmentDefinition::rank).containsExactly(1, 2, 3, 4);
        assertThat(descriptor.source()).contains("Stone", "1954", "Customer Lens convention");
        assertThat(Parameters.defaults(descriptor.parameters()).canonical()).isEqualTo("lookbackDays=0;"
                + "loyalOrders=3;loyalRecencyDays=365;minOrders=2;priceDiscountShare=0.5;serviceContactsPerOrder=0.5");
    }

    @Test
    void relationshipTypeKeepsItsIdAndSegmentCodes() {
        var descriptor = new RelationshipTypeModel().descriptor();
        assertThat(descriptor).isSameAs(RelationshipTypeModel.DESCRIPTOR);
        assertThat(descriptor.id()).isEqualTo("relationship-type");
        assertThat(descriptor.family()).isEqualTo(ModelFamily.SEGMENTATION);
        assertThat(descriptor.version()).isEqualTo("1.0.0");
        assertThat(descriptor.inputs()).containsExactly(CustomerData.PROFILE);
        assertThat(descriptor.segments()).extracting(SegmentDefinition::code)
                .containsExactly("STRATEGIC", "COMMUNITY", "EXPERIENTIAL", "TRANSACTIONAL", "UNCLASSIFIED");
        assertThat(descriptor.source()).contains("Webster", "McAlexander", "Customer Lens convention");
        assertThat(Parameters.defaults(descriptor.parameters()).canonical()).isEqualTo(
                "communityPosts=3;communityReferrals=2;experientialEvents=2;strategicB2bOrders=6");
    }

    @Test
    void bothAreIndexedPf4jExtensions() throws IOException, URISyntaxException {
        Path classes = Path.of(NeedsTypeModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var index = Files.readAllLines(classes.resolve("META-INF/extensions.idx"));
        for (Class<?> model : new Class<?>[] {NeedsTypeModel.class, RelationshipTypeModel.class}) {
            assertThat(model.isAnnotationPresent(Extension.class)).isTrue();
            assertThat(index).contains(model.getName());
        }
    }
}
