package org.a4p.recommendations.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The paragraph of the A4P Declaration of Shared Commitments that the 2018 report's table cites for one of its
 * recommendations ('A4P Para'), with the recommendation's Area of Commitment: the report's, whatever later edits do.
 */
@Entity
@Table(name = "report_citation")
public class ReportCitation {

    @Id
    @Column(name = "recommendation_number")
    public Integer recommendationNumber;

    @Column(name = "area_code", nullable = false)
    public String areaCode;

    @Column(name = "a4p_paragraph", nullable = false)
    public int a4pParagraph;
}
