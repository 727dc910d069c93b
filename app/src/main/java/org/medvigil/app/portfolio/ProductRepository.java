package org.medvigil.app.portfolio;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.storage.JsonText;
import org.medvigil.app.web.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

@Repository
class ProductRepository {
    private static final TypeReference<LinkedHashMap<String, String>> SCALE = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonText json;
    private final RowMapper<Product> mapper;

    ProductRepository(JdbcClient jdbc, JsonText json) {
        this.jdbc = jdbc;
        this.json = json;
        this.mapper = (rs, n) -> new Product(rs.getLong("id"), rs.getString("name"), rs.getString("manufacturer"),
                DeviceClass.valueOf(rs.getString("device_class")), RegulatoryPathway.ofCode(rs.getString("pathway")),
                rs.getString("submission_number"), rs.getBoolean("cyber_device"), rs.getString("cyber_device_rationale"),
                rs.getString("intended_use"), rs.getString("safety_essential_performance"),
                json.read(rs.getString("harm_severity_scale"), SCALE), json.object(rs.getString("risk_acceptance_matrix")),
                DbTime.instant(rs, "created_at"), DbTime.instant(rs, "updated_at"));
    }

    Optional<Product> find(long id) {
        return jdbc.sql("SELECT * FROM product WHERE id = ?").param(id).query(mapper).optional();
    }

    boolean nameTaken(String name, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM product WHERE LOWER(name) = LOWER(?) AND id <> ?")
                .params(name, exceptId).query(Long.class).single() > 0;
    }

    List<Product> page(Paging paging) {
        return jdbc.sql("SELECT * FROM product ORDER BY name, id LIMIT ? OFFSET ?")
                .params(paging.size(), paging.offset()).query(mapper).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM product").query(Long.class).single();
    }

    long insert(ProductForm f, Map<String, String> scale, String matrixJson, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO product (name, manufacturer, device_class, pathway, submission_number, cyber_device, "
                        + "cyber_device_rationale, intended_use, safety_essential_performance, harm_severity_scale, "
                        + "risk_acceptance_matrix, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(f.name(), f.manufacturer(), f.deviceClass().name(), f.pathway().code(), f.submissionNumber(),
                        f.cyberDevice(), f.cyberDeviceRationale(), f.intendedUse(), f.safetyAndEssentialPerformance(),
                        json.write(scale), matrixJson,
                        DbTime.of(now), DbTime.of(now))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    void update(long id, ProductForm f, Map<String, String> scale, String matrixJson, Instant now) {
        jdbc.sql("UPDATE product SET name = ?, manufacturer = ?, device_class = ?, pathway = ?, submission_number = ?, "
                        + "cyber_device = ?, cyber_device_rationale = ?, intended_use = ?, safety_essential_performance = ?, "
                        + "harm_severity_scale = ?, risk_acceptance_matrix = ?, updated_at = ? WHERE id = ?")
                .params(f.name(), f.manufacturer(), f.deviceClass().name(), f.pathway().code(), f.submissionNumber(),
                        f.cyberDevice(), f.cyberDeviceRationale(), f.intendedUse(), f.safetyAndEssentialPerformance(),
                        json.write(scale), matrixJson,
                        DbTime.of(now), id)
                .update();
    }
}
