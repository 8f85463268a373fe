package org.hugmenow.wellness.mood.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.mood.domain.Emotion;
import org.hugmenow.wellness.mood.domain.EmotionVocabulary;
import org.hugmenow.wellness.mood.domain.FactorDefinition;
import org.hugmenow.wellness.mood.persistence.VocabularyStore;
import org.hugmenow.platform.refusal.Refusal;

/** The emotions and factors a person can use: shared ones, the tenant's, and their own. */
@ApplicationScoped
public class VocabularyService {

    @Inject TenantData data;
    @Inject VocabularyStore store;

    public List<Emotion> emotions(TenantSlug tenant, String personId) {
        List<Emotion> all = new ArrayList<>(EmotionVocabulary.STANDARD);
        all.addAll(data.inConnection(tenant, c -> store.customEmotions(c, personId)));
        return all;
    }

    public Emotion addEmotion(TenantSlug tenant, String personId, Emotion emotion) {
        if (EmotionVocabulary.isStandard(emotion.name()) || !data.inConnection(tenant, c -> store.addEmotion(c, personId, emotion))) {
            throw Refusal.conflict("The emotion '" + emotion.name() + "' already exists.");
        }
        return emotion;
    }

    public void deleteEmotion(TenantSlug tenant, String personId, String name) {
        if (!data.inConnection(tenant, c -> store.deleteEmotion(c, personId, name))) {
            throw Refusal.notFound("You have no custom emotion '" + name + "'.");
        }
    }

    public List<FactorDefinition> factors(TenantSlug tenant, String personId) {
        List<FactorDefinition> all = new ArrayList<>(FactorDefinition.BUILTIN);
        all.addAll(data.inConnection(tenant, c -> store.factors(c, personId)));
        return all;
    }

    /** {@code personal} false defines the factor for the whole tenant; the caller checked the role. */
    public FactorDefinition addFactor(TenantSlug tenant, String personId, FactorDefinition factor, boolean personal) {
        boolean clash = factors(tenant, personId).stream().anyMatch(f -> f.key().equals(factor.key()));
        if (clash || !data.inConnection(tenant, c -> store.addFactor(c, personal ? personId : null, factor))) {
            throw Refusal.conflict("A factor '" + factor.key() + "' already exists.");
        }
        return factor;
    }

    public void deleteFactor(TenantSlug tenant, String personId, String key, boolean mayDeleteTenantFactors) {
        boolean deleted = data.inConnection(tenant, c -> store.deleteFactor(c, personId, key)
                || (mayDeleteTenantFactors && store.deleteFactor(c, null, key)));
        if (!deleted) {
            throw Refusal.notFound("There is no factor '" + key + "' you can remove.");
        }
    }
}
