package org.medvigil.app.portfolio;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.web.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Customers, their sites and contacts. */
@Repository
class CustomerRepository {
    private static final RowMapper<Customer> CUSTOMER = (rs, n) -> new Customer(rs.getLong("id"), rs.getString("name"),
            DbTime.instant(rs, "created_at"), DbTime.instant(rs, "updated_at"));
    private static final RowMapper<Site> SITE = (rs, n) -> new Site(rs.getLong("id"), rs.getLong("customer_id"),
            rs.getString("name"), rs.getString("address"), DbTime.instant(rs, "created_at"));
    private static final RowMapper<Contact> CONTACT = (rs, n) -> new Contact(rs.getLong("id"), rs.getLong("customer_id"),
            rs.getString("name"), rs.getString("email"), rs.getString("phone"), rs.getString("title"),
            DbTime.instant(rs, "created_at"));

    private final JdbcClient jdbc;

    CustomerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param only confine to this customer, or null for all */
    List<Customer> page(Long only, Paging paging) {
        return only == null
                ? jdbc.sql("SELECT * FROM customer ORDER BY name, id LIMIT ? OFFSET ?")
                        .params(paging.size(), paging.offset()).query(CUSTOMER).list()
                : jdbc.sql("SELECT * FROM customer WHERE id = ? ORDER BY name, id LIMIT ? OFFSET ?")
                        .params(only, paging.size(), paging.offset()).query(CUSTOMER).list();
    }

    long count(Long only) {
        return only == null
                ? jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single()
                : jdbc.sql("SELECT COUNT(*) FROM customer WHERE id = ?").param(only).query(Long.class).single();
    }

    Optional<Customer> find(long id) {
        return jdbc.sql("SELECT * FROM customer WHERE id = ?").param(id).query(CUSTOMER).optional();
    }

    boolean nameTaken(String name, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM customer WHERE LOWER(name) = LOWER(?) AND id <> ?")
                .params(name, exceptId).query(Long.class).single() > 0;
    }

    long insert(String name, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO customer (name, created_at, updated_at) VALUES (?, ?, ?)")
                .params(name, DbTime.of(now), DbTime.of(now)).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    void update(long id, String name, Instant now) {
        jdbc.sql("UPDATE customer SET name = ?, updated_at = ? WHERE id = ?").params(name, DbTime.of(now), id).update();
    }

    List<Site> sites(long customerId) {
        return jdbc.sql("SELECT * FROM site WHERE customer_id = ? ORDER BY name, id").param(customerId).query(SITE).list();
    }

    Optional<Site> site(long id) {
        return jdbc.sql("SELECT * FROM site WHERE id = ?").param(id).query(SITE).optional();
    }

    boolean siteNameTaken(long customerId, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM site WHERE customer_id = ? AND LOWER(name) = LOWER(?)")
                .params(customerId, name).query(Long.class).single() > 0;
    }

    long insertSite(long customerId, CustomerForms.SiteForm f, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO site (customer_id, name, address, created_at) VALUES (?, ?, ?, ?)")
                .params(customerId, f.name(), f.address(), DbTime.of(now)).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    List<Contact> contacts(long customerId) {
        return jdbc.sql("SELECT * FROM contact WHERE customer_id = ? ORDER BY name, id").param(customerId)
                .query(CONTACT).list();
    }

    Optional<Contact> contact(long id) {
        return jdbc.sql("SELECT * FROM contact WHERE id = ?").param(id).query(CONTACT).optional();
    }

    long insertContact(long customerId, CustomerForms.ContactForm f, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO contact (customer_id, name, email, phone, title, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(customerId, f.name(), f.email(), f.phone(), f.title(), DbTime.of(now)).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    void deleteContact(long id) {
        jdbc.sql("DELETE FROM contact WHERE id = ?").param(id).update();
    }
}
