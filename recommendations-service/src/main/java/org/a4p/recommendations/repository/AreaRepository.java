package org.a4p.recommendations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.recommendations.model.Area;

import java.util.List;

@ApplicationScoped
public class AreaRepository implements PanacheRepositoryBase<Area, String> {

    public List<Area> inReportOrder() {
        return list("order by displayOrder");
    }
}
