package org.a4p.recommendations.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.EvidenceReference;

import java.util.List;

/** Evidence references as they are stored: a JSON array in a jsonb column. */
@ApplicationScoped
public class EvidenceJson {

    private static final TypeReference<List<EvidenceReference>> LIST = new TypeReference<>() {
    };

    private final ObjectMapper json;

    EvidenceJson(ObjectMapper json) {
        this.json = json;
    }

    public List<EvidenceReference> read(String stored) {
        try {
            return stored == null ? List.of() : json.readValue(stored, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evidence is not a JSON list of references", e);
        }
    }

    public String write(List<EvidenceReference> references) {
        try {
            return json.writeValueAsString(references);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write evidence references", e);
        }
    }
}
