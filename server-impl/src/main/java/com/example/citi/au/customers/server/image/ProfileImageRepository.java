package com.example.citi.au.customers.server.image;

import com.example.citi.au.customers.server.domain.CustomerId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class ProfileImageRepository {

    private final JdbcClient jdbc;

    ProfileImageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredImage> find(CustomerId customer) {
        return jdbc.sql("select image_data, image_format, updated_at from profile_image where customer_id = :customerId")
                .param("customerId", customer.value())
                .query((rs, row) -> new StoredImage(
                        rs.getBytes("image_data"),
                        ImageType.valueOf(rs.getString("image_format")),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /**
     * Sets or replaces the image. The customer row is locked first so that two first-time uploads
     * of the same customer replace one another instead of colliding on the primary key.
     */
    @Transactional
    void save(CustomerId customer, StoredImage image) {
        jdbc.sql("select customer_id from customer where customer_id = :customerId for update")
                .param("customerId", customer.value())
                .query(Long.class)
                .single();
        int updated = jdbc.sql("""
                        update profile_image set image_data = :data, image_format = :format, updated_at = :updatedAt
                        where customer_id = :customerId
                        """)
                .param("data", image.data())
                .param("format", image.type().name())
                .param("updatedAt", image.updatedAt().atOffset(ZoneOffset.UTC))
                .param("customerId", customer.value())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into profile_image (customer_id, image_data, image_format, updated_at)
                            values (:customerId, :data, :format, :updatedAt)
                            """)
                    .param("customerId", customer.value())
                    .param("data", image.data())
                    .param("format", image.type().name())
                    .param("updatedAt", image.updatedAt().atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean delete(CustomerId customer) {
        return jdbc.sql("delete from profile_image where customer_id = :customerId")
                .param("customerId", customer.value())
                .update() > 0;
    }
}
