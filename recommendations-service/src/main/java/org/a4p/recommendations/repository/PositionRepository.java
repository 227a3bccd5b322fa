package org.a4p.recommendations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.recommendations.model.Position;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PositionRepository implements PanacheRepositoryBase<Position, Position.Key> {

    public List<Position> of(int number) {
        return list("recommendationNumber = ?1", number);
    }

    public Optional<Position> find(int number, String stakeholder) {
        return findByIdOptional(new Position.Key(number, stakeholder));
    }
}
