package org.a4p.recommendations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.recommendations.model.ReportCitation;

import java.util.List;

@ApplicationScoped
public class ReportCitationRepository implements PanacheRepositoryBase<ReportCitation, Integer> {

    public List<ReportCitation> byParagraphThenRecommendation() {
        return list("order by a4pParagraph, recommendationNumber");
    }
}
