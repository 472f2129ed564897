package com.example.citi.au.customers.review.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.citi.au.customers.review.spec.Fixtures;
import com.example.citi.au.customers.review.spec.OperationRef;
import com.example.citi.au.customers.review.spec.Resources;
import com.example.citi.au.customers.review.spec.SpecDocument;
import com.example.citi.au.customers.review.spec.SpecMutation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvenanceChangeTest {

    private static final String RELEASED = Resources.text("fixtures/valid-minimal.yaml");

    @Test
    void listsOperationsWhoseXSourceChangedAppearedOrDisappeared() {
        // given
        String changed = SpecMutation.of(RELEASED).change(spec -> {
            SpecMutation.operation(spec, "/v1/customers", "post").put("x-source", "inferred");
            ObjectNode paths = (ObjectNode) spec.path("paths");
            paths.set("/v2/oauth/token", paths.remove("/v1/oauth/token"));
        }).yaml();

        // when
        List<ProvenanceChange> changes = ProvenanceChange.between(Fixtures.model("valid-minimal.yaml"),
                SpecDocument.parse(changed).unresolvedModel().orElseThrow());

        // then
        assertEquals(List.of(
                new ProvenanceChange(new OperationRef("POST", "/v1/customers", "createCustomer"), "designed", "inferred"),
                new ProvenanceChange(new OperationRef("POST", "/v1/oauth/token", "obtainAccessToken"), "inferred", null),
                new ProvenanceChange(new OperationRef("POST", "/v2/oauth/token", "obtainAccessToken"), null, "inferred")),
                changes);
    }
}
