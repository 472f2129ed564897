package com.example.citi.au.customers.server.offer;

import com.example.citi.au.customers.server.generated.api.OffersApiDelegate;
import com.example.citi.au.customers.server.generated.model.Offer;
import com.example.citi.au.customers.server.generated.model.OfferFulfillmentRequest;
import com.example.citi.au.customers.server.generated.model.OfferFulfillmentResponse;
import com.example.citi.au.customers.server.generated.model.OfferUpdateRequest;
import com.example.citi.au.customers.server.security.CurrentCaller;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

@Service
class OffersDelegate implements OffersApiDelegate {

    private final OfferService service;
    private final OfferMapper mapper;
    private final CurrentCaller currentCaller;

    OffersDelegate(OfferService service, OfferMapper mapper, CurrentCaller currentCaller) {
        this.service = service;
        this.mapper = mapper;
        this.currentCaller = currentCaller;
    }

    @Override
    public ResponseEntity<Offer> updateOffer(String authorization, UUID uuid, String accept, String clientId,
                                             String contentType, OfferUpdateRequest request, String clientDetails,
                                             String idempotencyKey) {
        CustomerOffer offer = service.changeStatus(currentCaller.customerId(), mapper.toStatusChange(request));
        return ResponseEntity.ok(mapper.toOffer(offer));
    }

    @Override
    public ResponseEntity<OfferFulfillmentResponse> fulfillOffer(String authorization, UUID uuid, String accept,
                                                                 String clientId, String contentType,
                                                                 OfferFulfillmentRequest request,
                                                                 String clientDetails,
                                                                 String idempotencyKey) {
        CompletedFulfillment fulfillment =
                service.fulfill(currentCaller.customerId(), mapper.toFulfillmentRequest(request));
        return ResponseEntity.ok(mapper.toResponse(fulfillment));
    }
}
